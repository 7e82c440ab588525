package bnlab.app.export;

import org.junit.jupiter.api.Test;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgPathsTest {
    private static Rectangle2D bounds(String d) {
        Path2D.Double p = SvgPaths.parse(d);
        assertNotNull(p, d);
        return p.getBounds2D();
    }

    private static void assertBounds(String d, double x0, double y0, double x1, double y1) {
        Rectangle2D b = bounds(d);
        assertEquals(x0, b.getMinX(), 1e-9, d);
        assertEquals(y0, b.getMinY(), 1e-9, d);
        assertEquals(x1, b.getMaxX(), 1e-9, d);
        assertEquals(y1, b.getMaxY(), 1e-9, d);
    }

    @Test
    void theThemesArrowsAndMarksHaveTheirCorners() {
        // the choice box arrow: relative lines packed without separators ("5-5z")
        assertBounds("M7 10l5 5 5-5z", 7, 10, 17, 15);
        // Modena's arrow: absolute move, relative h and l, spaces
        assertBounds("M 0 0 h 7 l -3.5 4 z", 0, 0, 7, 4);
        // minus sign: H V h v, commas
        assertBounds("M 17,13 H 7 v -2 h 10 z", 7, 11, 17, 13);
        // numbers like ".9" and "-.9" after others
        assertBounds("M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z", 8.59, 6, 16, 18);
    }

    @Test
    void curvesStayWithinTheirControlPolygon() {
        Rectangle2D b = bounds("M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z");
        assertTrue(b.getMinX() >= 10 - 1e-9 && b.getMaxX() <= 14 + 1e-9, b.toString());
        assertTrue(b.getMinY() >= 4 - 1e-9 && b.getMaxY() <= 8 + 1e-9, b.toString());
        assertEquals(4, b.getWidth(), 0.2);
    }

    @Test
    void arcsAndNonsenseGiveNull() {
        assertNull(SvgPaths.parse("M0 0 A 5 5 0 0 1 10 10"));
        assertNull(SvgPaths.parse("0 0 L 1 1"));
        assertNull(SvgPaths.parse("M 1"));
        assertNull(SvgPaths.parse(null));
    }
}
