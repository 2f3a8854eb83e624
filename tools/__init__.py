"""brief -> facts: data tools for equity and macro facts with provenance (issue 4). Not built yet."""
