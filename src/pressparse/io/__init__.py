"""Readers and writers at the boundary of the command line and batch runs."""
