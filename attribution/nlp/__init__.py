"""Natural-language processing layer: model resolution, tagging, parsing, parse cache."""
