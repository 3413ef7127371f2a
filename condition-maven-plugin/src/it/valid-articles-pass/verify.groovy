// The build passed with one summary line, and every report parses.
def log = new File(basedir, 'build.log').text
// As many files as the examples hold (they grow as examples are added).
def files = new File(new File(basedir, '../../../..').canonicalFile, 'examples/conditions').listFiles()
        .findAll { it.name.endsWith('.yaml') }.size()
assert files > 0
assert log =~ /conditions: ${files} files, 0 errors, \d+ warnings/
def reports = new File(basedir, 'target/conditions')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'conditions.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'conditions'
assert sarif.runs[0].results.every { it.level != 'error' }
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'conditions.junit.xml'))
assert junit.name() == 'testsuites'
assert junit.@tests.text() == files.toString()
assert junit.@failures.text() == '0'
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'conditions.json'))
assert json.files == files && json.errors == 0
return true
