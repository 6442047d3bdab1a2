"""Developer tools, not used at run time: the demo-data generator and the generated reference docs."""
