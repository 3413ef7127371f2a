// The first two builds passed with the configuration named (both names are there); the second
// wrote only the JSON report and the third, stopped, none: no report of an earlier run is left.
def log = new File(basedir, 'build.log').text
assert log.findAll('conditions: rules configured by ').size() == 2
assert log.findAll(/conditions: \d+ files, 0 errors/).size() == 2
assert log.contains('rules/missing.yaml does not exist')
def reports = new File(basedir, 'target/conditions')
assert reports.isDirectory()
assert reports.list().toList() == [] : reports.list().toList()
return true
