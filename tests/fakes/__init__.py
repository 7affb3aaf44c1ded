"""Test doubles that speak real HTTP, so the real client, retries and cassettes are exercised."""
