"""The writer's evals: run a suite of briefs through a writer, measure, store, compare, report."""
