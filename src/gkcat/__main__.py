"""`python -m gkcat` and the `gkcat` console script."""

from __future__ import annotations


def main() -> None:
    from gkcat.cli import app

    app()


if __name__ == "__main__":
    main()
