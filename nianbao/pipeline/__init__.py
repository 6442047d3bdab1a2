"""Running the master notebook: papermill parameters files, one run, the batch, the API the notebook calls."""
