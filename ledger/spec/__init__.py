"""The normative documents that can be generated from the code, and their generators."""
