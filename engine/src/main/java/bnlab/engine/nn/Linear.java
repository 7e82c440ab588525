package bnlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * A layer linear in its input plus a bias, with weights W [fanIn, units] and b [1, units]: a
 * {@link Dense} layer (units = output features) or a {@link Conv2d} (units = output channels; W's rows
 * are the kernel's (input channel, row, column) taps). The twins share their initial Linear layers;
 * probes, pins and weight scaling address them through this interface, so "unit" is a Dense unit or a
 * conv channel.
 */
public interface Linear extends Layer {
    Param weights();

    Param bias();

    /** Output units: Dense outputs, or conv output channels (W's columns). */
    default int units() {
        return (int) weights().value().columns();
    }

    /** A copy with its own arrays (of the given type); the input gradient is computed when asked. */
    Linear copy(DataType type, boolean needsInputGrad);

    @Override
    default List<Param> params() {
        return List.of(weights(), bias());
    }
}
