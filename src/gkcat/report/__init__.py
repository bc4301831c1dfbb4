"""Reporters: diagnostics → text in one format (text, json, junit, sarif, github)."""
