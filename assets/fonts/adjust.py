"""The two changes made to the bundled subset of Noto Sans CJK SC (app/src/main/resources/bnlab/app/fonts/),
after pyftsubset (see OFL.txt there). Needs fontTools (Debian: python3-fonttools).

    python3 assets/fonts/adjust.py IN.otf OUT.otf

1. U+FEFF (zero-width no-break space) is mapped to the font's own empty glyph of no width (cid64403): the app joins
   a sign to its decimal with it ("+0.15"), the one joiner the JDK's line breaker honours; unmapped, AWT drew the
   missing glyph for it, a blank em.
2. The maths signs the font sets a full em wide are moved left and given an advance of their outline's width plus
   60 units a side, the same outlines: in running text "∂L/∂y" read as "∂ L/ ∂ y". Signs whose outline with that
   margin would not be narrower than their advance (√, arrows, ∞, −) are left as they are.
"""
import sys

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

JOINER = 0xFEFF
EMPTY = 'cid64403'
SIGNS = '\u00d7\u2202\u221a\u2248\u00f7\u00b1\u2192\u2190\u2207\u2264\u2265\u2260\u2211\u221e\u2208\u2212'
SIDE = 60


def adjust(src, dst):
    f = TTFont(src)
    cmap = f.getBestCmap()
    hmtx = f['hmtx']
    glyphs = f.getGlyphSet()
    if hmtx[EMPTY][0] != 0:
        raise SystemExit(EMPTY + ' is not of zero width')
    for table in f['cmap'].tables:
        if table.isUnicode():
            table.cmap[JOINER] = EMPTY
    charstrings = f['CFF '].cff.topDictIndex[0].CharStrings
    done = set()
    for ch in SIGNS:
        g = cmap.get(ord(ch))
        if g is None or g in done:
            continue
        done.add(g)
        advance = hmtx[g][0]
        bounds = BoundsPen(glyphs)
        glyphs[g].draw(bounds)
        xmin, _, xmax, _ = bounds.bounds
        narrow = int(round(xmax - xmin)) + 2 * SIDE
        if narrow >= advance:
            continue
        old = charstrings[g]
        # a CFF charstring stores its width less the private dict's nominal width
        pen = T2CharStringPen(narrow - getattr(old.private, 'nominalWidthX', 0), glyphs)
        glyphs[g].draw(TransformPen(pen, (1, 0, 0, 1, SIDE - xmin, 0)))
        charstrings[g] = pen.getCharString(private=old.private, globalSubrs=old.globalSubrs)
        hmtx[g] = (narrow, SIDE)
    f.save(dst)


if __name__ == '__main__':
    adjust(sys.argv[1], sys.argv[2])
