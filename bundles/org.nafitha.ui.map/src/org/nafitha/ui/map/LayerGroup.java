package org.nafitha.ui.map;

/** The groups of the Layers view, topmost first: analysis results over the scenario's layers over added files and tables. */
public enum LayerGroup {
    RESULTS, SCENARIO, ADDED;

    /** The group's name in the workbench's language. */
    public String label() {
        return switch (this) {
            case RESULTS -> Messages.groupResults;
            case SCENARIO -> Messages.groupScenario;
            case ADDED -> Messages.groupAdded;
        };
    }
}
