package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * One operation of a network with its local chain rule. forward caches what backward needs;
 * backward receives dL/d(output) and returns dL/d(input), accumulating nothing: it overwrites the
 * gradients of its parameters.
 */
public interface Layer {
    INDArray forward(INDArray x, boolean training);

    INDArray backward(INDArray dy);

    default List<Param> params() {
        return List.of();
    }
}
