// The two articles the patterns take, each once; the draft, the deeper file and the configuration left out.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/conditions/conditions.json'))
assert json.files == 2 && json.errors == 0
def log = new File(basedir, 'build.log').text
assert log =~ /conditions: 2 files, 0 errors/
assert log.contains("conditions: rules configured by ${new File(basedir, 'articles/house-rules.yaml').canonicalPath}")
def rest = log.readLines().findAll { !it.contains('conditions: rules configured by') }.join('\n')
['draft-third', 'fourth', 'house-rules'].each { assert !rest.contains(it) : it }
return true
