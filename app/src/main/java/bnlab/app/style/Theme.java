package bnlab.app.style;

/** Light or dark, for the whole window and the charts; the twins keep their two colours in both. */
public enum Theme {
    LIGHT, DARK
}
