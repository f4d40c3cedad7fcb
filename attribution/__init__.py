"""attribution: who is quoted in a news article, how, and how transparently."""
__version__ = "0.1.0"
