package bnlab.engine.probe;

import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * A network's values at one training step, recorded by the step itself after backward and before the
 * update (so probes never read layer caches that evaluation or a landscape has overwritten since).
 * Engine thread only; reused from step to step.
 */
public final class Trace {
    private final List<BlockTrace> blocks = new ArrayList<>();
    private long step = -1;

    /** Copy every hidden block's activations, parameters and gradients: after backward, before the update. */
    public void record(Network net, long stepIndex) {
        List<HiddenBlock> b = net.blocks();
        while (blocks.size() < b.size()) {
            blocks.add(new BlockTrace());
        }
        while (blocks.size() > b.size()) {
            blocks.remove(blocks.size() - 1);
        }
        for (int i = 0; i < b.size(); i++) {
            blocks.get(i).record(b.get(i));
        }
        step = stepIndex;
    }

    /**
     * A conv network's feature maps of one fixed sample (see {@link Network#forwardSample}), after
     * {@link #record}: nothing for an MLP. The blocks' caches are overwritten by the sample's pass.
     */
    public void recordMaps(Network net, bnlab.engine.nn.Mat sample) {
        if (sample == null || net.blocks().isEmpty() || !net.blocks().get(0).conv()) {
            return;
        }
        net.forwardSample(sample);
        List<HiddenBlock> b = net.blocks();
        for (int i = 0; i < b.size(); i++) {
            blocks.get(i).recordSample(b.get(i));
        }
    }

    /** After the update: per hidden block, ||delta W|| and ||W|| (after the update). */
    public void recordUpdate(int block, double updateNorm, double weightNormAfter) {
        blocks.get(block).recordUpdate(updateNorm, weightNormAfter);
    }

    /** The step recorded, or -1 when none is (or it was invalidated). */
    public long step() {
        return step;
    }

    public boolean valid() {
        return step >= 0;
    }

    /** Forget the recorded step (a reset, a diverged twin). */
    public void invalidate() {
        step = -1;
    }

    public List<BlockTrace> blocks() {
        return blocks;
    }
}
