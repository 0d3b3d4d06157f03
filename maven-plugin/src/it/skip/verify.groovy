def log = new File(basedir, 'build.log').text
assert log.contains('maskgate: skipped (maskgate.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/maskgate').exists()
