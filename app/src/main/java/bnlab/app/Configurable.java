package bnlab.app;

import java.util.Map;

/**
 * A view that takes options from a lesson ("layer": 2, "history": true, "scale": 100 ...); unknown
 * options are ignored (the lesson file was checked against the schema, not against each view).
 */
public interface Configurable {
    void configure(Map<String, Object> options);
}
