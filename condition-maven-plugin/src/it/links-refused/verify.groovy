// Both links are errors that name them and say why; the file outside is never read.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*articles\/linked\.yaml:\d+:\d+: error: The file is a symbolic link to .*outside\/credentials\.yaml, outside the folders checked, so it is not read/
assert log =~ /\[ERROR\] .*articles\/gone\.yaml:\d+:\d+: error: The file is a symbolic link to .*deleted\.yaml, which does not exist/
assert log =~ /conditions: 3 files, 2 errors, \d+ warnings/
assert !log.contains('7f3a')
return true
