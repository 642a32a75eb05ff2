"""Benchmarks (``make bench``): figures and ratios against raw baselines, same process."""
