"""Live sources: pages downloaded from the web (``parley fetch``) and RSS/Atom feeds
polled for new items (``parley watch``), read by the same readers as files.
"""
