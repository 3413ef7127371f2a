// Under -T 2 the goals ran in three modules at once: Maven found nothing that is not thread-safe,
// and every module has its own summary line, reports and complete export.
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') : 'the build did not run in parallel'
assert !log.contains('not marked as thread-safe') && !log.contains('not marked as @threadSafe')
def root = new File(basedir, '../../../..').canonicalFile
def ids = new File(root, 'examples/conditions').listFiles().findAll { it.name.endsWith('.yaml') }
        .collect { it.name - '.yaml' }
assert !ids.isEmpty()
assert (log =~ /conditions: ${ids.size()} files, 0 errors, \d+ warnings/).size() == 3
['first', 'second', 'third'].each { module ->
    def target = new File(basedir, "$module/target")
    def json = new groovy.json.JsonSlurper().parse(new File(target, 'conditions/conditions.json'))
    assert json.files == ids.size() && json.errors == 0 : module
    assert new groovy.json.JsonSlurper().parse(new File(target, 'conditions/conditions.sarif')).version == '2.1.0'
    [text: 'txt', html: 'html', json: 'json'].each { format, ext ->
        ids.each { id -> assert new File(target, "conditions-export/$format/${id}.$ext").length() > 0 : "$module $format $id" }
    }
    assert !target.list().any { it.contains('.new-') || it.contains('.old-') } : module
}
return true
