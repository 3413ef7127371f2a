// Builds 1 and 3 passed with the configuration named (both names are there); build 3 wrote only
// the JSON report, and build 4, stopped by a failOn it cannot read, deleted it before it stopped:
// no report of an earlier run is left.
def log = new File(basedir, 'build.log').text
assert log.findAll('conditions: rules configured by ').size() == 2
assert log.findAll(/conditions: \d+ files, 0 errors/).size() == 2
assert log.contains('rules/missing.yaml does not exist')
assert log.contains('failOn must be error or warning, not fatal')
def reports = new File(basedir, 'target/conditions')
assert reports.isDirectory()
assert reports.list().toList() == [] : reports.list().toList()
return true
