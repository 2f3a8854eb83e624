"""marketdesk: an AI desk writer for market commentary.

The small core every stage shares: the public contract (`models`), the error
families (`errors`) and the command line (`cli`).
"""

__version__ = "0.1.0"
