// The build passed with one summary line, and every report parses.
def log = new File(basedir, 'build.log').text
assert log =~ /conditions: 7 files, 0 errors, \d+ warnings/
def reports = new File(basedir, 'target/conditions')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'conditions.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'conditions'
assert sarif.runs[0].results.every { it.level != 'error' }
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'conditions.junit.xml'))
assert junit.name() == 'testsuites'
assert junit.@tests.text() == '7'
assert junit.@failures.text() == '0'
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'conditions.json'))
assert json.files == 7 && json.errors == 0
return true
