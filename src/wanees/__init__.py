"""Wanees: a real-time voice companion for mental-health support in Omani Arabic."""

__version__ = "0.1.0"
