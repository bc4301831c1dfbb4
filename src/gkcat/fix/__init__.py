"""``gkcat fix``: write the meaning-preserving corrections that ``validate`` marks as fixable."""
