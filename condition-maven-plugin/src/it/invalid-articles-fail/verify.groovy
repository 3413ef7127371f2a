// Every finding in the log as FILE:LINE:COLUMN, the failure names the count and the first ones,
// the excluded file was not read, and the SARIF report was written before the build failed.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \S*examples\/invalid\/syntax\.yaml:\d+:\d+: error: /
assert log =~ /\[ERROR\] \S*examples\/invalid\/required\.yaml:\d+:\d+: error: .*\[required\]/
assert log =~ /conditions: \d+ files, \d+ errors, \d+ warnings; \d+ findings at or above error, the first:/
assert !log.contains('yaml-feature.yaml')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/conditions/conditions.sarif'))
assert sarif.runs[0].results.size() > 20
assert sarif.runs[0].results.every { it.locations[0].physicalLocation.region.startLine > 0 }
return true
