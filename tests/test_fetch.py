"""`python -m pyscf_ferminet.dft.fetch`: download from a (file://) mirror, hash check, default lookup."""

import os
import shutil
import sys

import numpy as np
import pytest

from pyscf_ferminet.dft import checkpoint, fetch

MIRROR = checkpoint.checkout_root()          # the published files, unchanged
needs_mirror = pytest.mark.skipif(not os.path.isfile(os.path.join(MIRROR, 'DM21', fetch.FILES[1])),
                                  reason='no local copy of the DM21 release to serve as a mirror')


@needs_mirror
def test_fetched_checkpoint_is_found_by_default(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'cache'))
    monkeypatch.delenv(checkpoint.ENV_VAR, raising=False)
    assert fetch.main(['--functional', 'DM21', '--source', f'file://{MIRROR}']) == 0
    root = str(tmp_path / 'cache' / 'pyscf_ferminet' / 'dm21')
    assert capsys.readouterr().out.strip() == root
    assert checkpoint.checkpoint_dir('DM21') == os.path.join(root, 'DM21')
    for relpath, expected in zip(fetch.FILES, fetch.SHA256['DM21']):
        assert fetch.sha256_of(os.path.join(root, 'DM21', relpath)) == expected
    # Verified files are not downloaded again; the environment variable still overrides the cache.
    lines = []
    fetch.fetch(['DM21'], source='file:///nonexistent', log=lines.append)
    assert all(line.endswith('present, hash verified') for line in lines)
    monkeypatch.setenv(checkpoint.ENV_VAR, MIRROR)
    assert checkpoint.checkpoint_dir('DM21') == os.path.join(MIRROR, 'DM21')
    pytest.importorskip('cramjam')
    fetched = checkpoint.load_variables('DM21', root)
    published = checkpoint.load_variables('DM21', MIRROR)
    assert fetched.keys() == published.keys()
    assert all(np.array_equal(fetched[k], published[k]) for k in published)


@needs_mirror
def test_corrupted_download_is_refused(tmp_path, capsys):
    mirror = tmp_path / 'mirror'
    shutil.copytree(os.path.join(MIRROR, 'DM21'), mirror / 'DM21')
    data = mirror / 'DM21' / fetch.FILES[1]
    data.chmod(0o644)
    raw = bytearray(data.read_bytes())
    raw[1000] ^= 1                                         # one flipped bit in one float
    data.write_bytes(bytes(raw))
    bad = fetch.sha256_of(str(data))
    dest = tmp_path / 'dest'
    with pytest.raises(fetch.ChecksumError) as err:
        fetch.fetch(['DM21'], dest=str(dest), source=f'file://{mirror}', log=lambda line: None)
    message = str(err.value)
    assert str(data) in message and bad in message and fetch.SHA256['DM21'][1] in message
    # The good index was kept, the bad data file never reached its place, no temporary file is left.
    assert sorted(os.listdir(dest / 'DM21' / 'variables')) == ['variables.index']
    assert fetch.main(['--functional', 'DM21', '--dest', str(dest), '--source', f'file://{mirror}']) == 1
    assert bad in capsys.readouterr().err


def test_missing_snappy_decoder_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, 'cramjam', None)    # import fails
    monkeypatch.setitem(sys.modules, 'snappy', None)
    with pytest.raises(ImportError, match=r"pip install 'pyscf_ferminet\[dm21\]'"):
        checkpoint._snappy_decompress(b'')
