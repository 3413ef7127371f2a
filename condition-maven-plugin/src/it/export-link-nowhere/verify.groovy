// The link is an error that names it (not a failure to tell whether the export is up to date),
// and nothing is exported.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*articles\/retired\.yaml:\d+:\d+: error: The file is a symbolic link to .*retired-article\.yaml, which does not exist/
assert log.contains('conditions: 1 errors; nothing was exported')
assert !log.contains('Cannot tell whether the export is up to date')
assert !new File(basedir, 'target/conditions-export').exists()
return true
