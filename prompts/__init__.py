"""Prompt files for the agent (one Markdown file per prompt, variables declared in its header).

Empty until the agent lands (issue 5): prompts live here as files, never as
f-strings in code.
"""
