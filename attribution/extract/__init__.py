"""Attribution extraction: cues, quotes, attributions, speakers, coreference, source types."""
