"""attribution: who is quoted in a news article, how, and how transparently.

Library use: `from attribution.pipeline import analyse; report = analyse(text)`.
"""
__version__ = "0.1.0"
