"""facts -> draft: the tool-calling writer (issue 5). Not built yet."""
