package com.example.bikes.bike;

public enum FrameSize {
    S("Small"),
    M("Medium"),
    L("Large"),
    XL("Extra large");

    private final String label;

    FrameSize(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
