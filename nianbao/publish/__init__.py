"""Publishing what a run made: HTML pages (nbconvert), PDF, the per-year index with its figures, charts and downloads."""
