"""Realistic demo content, built from the source documents. Every loader is idempotent."""
