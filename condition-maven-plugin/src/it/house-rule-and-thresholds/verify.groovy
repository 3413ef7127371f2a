// The house rule from the plugin's dependencies reported, as a warning with its position, and the
// last run (maxWarnings 0) failed naming it; the report of that run lists the rule.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] \S*nocturnal-leg-cramps\.yaml:\d+:\d+: warning: .*\[plain-words\]/
assert log.contains('more than maxWarnings 0, the first:')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/conditions/conditions.sarif'))
assert sarif.runs[0].tool.driver.rules.any { it.id == 'plain-words' }
assert sarif.runs[0].results.any { it.ruleId == 'plain-words' && it.level == 'warning' }
return true
