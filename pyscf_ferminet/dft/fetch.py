"""Download DeepMind's published DM21 checkpoints into the user cache, verified against pinned hashes.

    python -m pyscf_ferminet.dft.fetch                    # all four functionals, about 6.5 MB
    python -m pyscf_ferminet.dft.fetch --functional DM21m
    python -m pyscf_ferminet.dft.fetch --source file:///mirror/checkpoints --dest /data/dm21

The files come from the deepmind-research repository on GitHub at a fixed commit (``BASE_URL``), as
DeepMind released them under CC BY 4.0; only the two files the reader needs are taken per functional
(``variables/variables.index`` and ``variables/variables.data-00000-of-00001``). Each is written to a
temporary file beside its destination, its SHA-256 compared with the value pinned here (``SHA256``),
and only then renamed into place: a corrupted or changed download is refused and leaves nothing
behind. The default destination, ``$XDG_CACHE_HOME/pyscf_ferminet/dm21`` (``~/.cache/...`` when the
variable is unset), is where ``NeuralNumInt`` looks when neither ``checkpoint_path`` nor
``$PYSCF_FERMINET_DM21_PATH`` is given (see ``checkpoint.checkpoint_dir``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import urllib.request

from pyscf_ferminet.dft.checkpoint import cache_root

BASE_URL = ('https://raw.githubusercontent.com/google-deepmind/deepmind-research/'
            'f5de0ede8430809180254ee957abf36ed62579ef/density_functional_approximation_dm21/'
            'density_functional_approximation_dm21/checkpoints')
FILES = ('variables/variables.index', 'variables/variables.data-00000-of-00001')
SHA256 = {
    'DM21': ('5918c6ce71365eed6fe4e9e7dc9a996e598fb061cb6d7eae14b12f27a69d63df',
             'b4cb392a9b6de8385f98347dc2e134d492060a7835ec4dc0fc7ff11d72fdb2b9'),
    'DM21m': ('384a0651340ff6b9fe9e93dfbaf0478ceb1e39c5ab4c58dd617d67ff27833feb',
              '61e5814cab7e953a9b732f291494670b70cf96d4681f59ae8f4403526a20cfdb'),
    'DM21mc': ('7dac9b16a5ca2ce82795f3b13dfd9eb0a44356bac488cc96286bc87f68362bba',
               'ade31ae97b5b19c3706daf925d734338339b0e1979a7f51dce6d613acddd30e5'),
    'DM21mu': ('cd408fd152d42cf68df605ff186b5b981d5c7189b4a0026f2caec6e5d81834e1',
               'f8f8677e00c1a32383064b86f77c107545f761cd23628e32ff88d9856160f735'),
}
NOTICE = """DM21, DM21m, DM21mc and DM21mu parameters by DeepMind (Kirkpatrick et al., Science 374, 1385
(2021)), from github.com/google-deepmind/deepmind-research, density_functional_approximation_dm21/,
unchanged. License: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/legalcode
"""


class ChecksumError(ValueError):
    """A downloaded file's SHA-256 differs from the pinned value."""


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            digest.update(chunk)
    return digest.hexdigest()


def _download(url: str, dest: str, expected: str):
    """Copies `url` to `dest` through a temporary file in its directory, renamed only if its SHA-256
    is `expected`."""
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(dest), prefix='.dm21_download_')
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, 'wb') as out, urllib.request.urlopen(url, timeout=60) as response:
            for chunk in iter(lambda: response.read(1 << 20), b''):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected:
            raise ChecksumError(f'{url} has SHA-256 {digest.hexdigest()}, expected {expected} (the '
                                f'published file): refused, {dest} not written. Check the source '
                                '(--source) or retry the download.')
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def fetch(functionals=None, dest: str | None = None, source: str = BASE_URL, force: bool = False,
          log=None) -> str:
    """Downloads and verifies the checkpoints of `functionals` (default: all four).

    Args:
        functionals: names among SHA256's keys.
        dest: root directory (one subdirectory per functional); default `checkpoint.cache_root()`.
        source: base URL holding <name>/variables/...; file:// URLs work (a local mirror).
        force: download again even when a file with the right hash is present.
        log: callable taking one line of text (default: print to stderr).

    Returns:
        The root directory, ready for `NeuralNumInt(..., checkpoint_path=root)`.

    Raises:
        ChecksumError: a file's hash differs from the pinned one (message: URL, both hashes).
    """
    log = log or (lambda line: print(line, file=sys.stderr))
    names = list(SHA256) if functionals is None else list(functionals)
    for name in names:
        if name not in SHA256:
            raise ValueError(f'unknown DM21 functional {name!r}; choose among {sorted(SHA256)}.')
    root = os.path.abspath(dest or cache_root())
    for name in names:
        for relpath, expected in zip(FILES, SHA256[name]):
            target = os.path.join(root, name, relpath)
            if not force and os.path.isfile(target) and sha256_of(target) == expected:
                log(f'{target}: present, hash verified')
                continue
            url = f'{source.rstrip("/")}/{name}/{relpath}'
            _download(url, target, expected)
            log(f'{target}: downloaded from {url}, hash verified')
    with open(os.path.join(root, 'NOTICE.txt'), 'w') as f:
        f.write(NOTICE)
    return root


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog='python -m pyscf_ferminet.dft.fetch',
        description="Download DeepMind's DM21 checkpoints (CC BY 4.0) and verify their SHA-256.")
    parser.add_argument('--functional', action='append', choices=sorted(SHA256),
                        help='a functional to fetch (repeatable; default: all four)')
    parser.add_argument('--dest', default=None,
                        help=f'root directory (default {cache_root()}, where the package looks)')
    parser.add_argument('--source', default=BASE_URL,
                        help='base URL of a mirror holding <functional>/variables/... '
                             '(default: the deepmind-research release on GitHub)')
    parser.add_argument('--force', action='store_true', help='download even verified files again')
    args = parser.parse_args(argv)
    try:
        root = fetch(args.functional, args.dest, args.source, args.force)
    except (ChecksumError, OSError) as err:
        print(f'error: {err}', file=sys.stderr)
        return 1
    print(root)
    return 0


if __name__ == '__main__':
    sys.exit(main())
