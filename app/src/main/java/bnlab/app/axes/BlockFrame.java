package bnlab.app.axes;

import bnlab.engine.api.ArchKind;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;

import java.util.Arrays;
import java.util.List;

/**
 * The live batch the block view draws: the normalized twin's normalization input at one hidden layer,
 * [N, C, H * W] (an MLP's [N, D, 1]), with what is needed to say which values one statistic pools.
 * Immutable.
 *
 * @param block   the batch's values
 * @param norm    the network's own normalization
 * @param cnn     whether the twins are CNNs
 * @param groups  GroupNorm's G for this block: the spec's, or (when it does not divide C) the largest
 *                divisor of C below it, so that GroupNorm can be shown on any block
 * @param layer   the hidden layer (block), 0-based
 * @param layers  hidden layers (blocks) in the network
 * @param step    the probed step
 */
record BlockFrame(BatchBlock block, NormKind norm, boolean cnn, int groups, int layer, int layers, long step) {

    /** The frame of a layer (clamped), or null when the snapshot carries no block there. */
    static BlockFrame of(Snapshot s, int layer) {
        if (s == null || s.normalized() == null || s.normalized().layers().isEmpty()) {
            return null;
        }
        int l = Math.max(0, Math.min(layer, s.normalized().layers().size() - 1));
        BatchBlock b = s.normalized().layers().get(l).block();
        if (b == null) {
            return null;
        }
        boolean cnn = s.spec().arch() == ArchKind.CNN;
        return new BlockFrame(b, s.normalized().norm(), cnn, divisor(b.channels(), s.spec().groups()), l,
                s.normalized().layers().size(), s.normalized().probeStep());
    }

    /** The largest divisor of c that is at most g (at least 1). */
    static int divisor(int c, int g) {
        for (int k = Math.max(1, Math.min(g, c)); k > 1; k--) {
            if (c % k == 0) {
                return k;
            }
        }
        return 1;
    }

    /** The normalizations this architecture's twin can use, in the order the view offers them. */
    List<NormKind> choices() {
        ArchKind a = cnn ? ArchKind.CNN : ArchKind.MLP;
        return Arrays.stream(NormKind.values()).filter(n -> n != NormKind.NONE && n.suits(a)).toList();
    }

    /** The shared colour scale: the 98th percentile of |x| over the block. */
    double scale() {
        return bnlab.app.featuremaps.Scales.robust(block.x());
    }
}
