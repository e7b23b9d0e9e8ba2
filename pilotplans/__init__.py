"""pilotplans: Chinese pilot-programme task tables as typed, traceable data."""

__version__ = "0.1.0"
