"""`python -m attribution …` runs the same command line as the `attribution` script."""
from attribution.cli import app

app(prog_name="attribution")
