package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * One operation of a network with its local chain rule. forward caches what backward needs;
 * backward receives dL/d(output) and returns dL/d(input), accumulating nothing: it overwrites the
 * gradients of its parameters.
 * <p>
 * The network passes {@link Mat}s from layer to layer (each layer owns the ones it returns and says
 * when it overwrites them). The INDArray forms wrap their argument in a Mat (any array, views
 * included) and return the layer's own array: for tests and one-off uses.
 */
public interface Layer {
    Mat forward(Mat x, boolean training);

    /** dL/d(input), or null when the layer computes none (the first Dense layer). */
    Mat backward(Mat dy);

    default INDArray forward(INDArray x, boolean training) {
        return forward(Mat.wrap(x), training).array();
    }

    default INDArray backward(INDArray dy) {
        Mat dx = backward(Mat.wrap(dy));
        return dx == null ? null : dx.array();
    }

    default List<Param> params() {
        return List.of();
    }
}
