// Made here rather than committed: a checkout would carry the links only where Git makes them.
import java.nio.file.Files

def articles = new File(basedir, 'articles').toPath()
Files.createDirectories(articles)
def seed = new File(new File(basedir, '../../../..').canonicalFile, 'examples/conditions/nocturnal-leg-cramps.yaml').toPath()
Files.copy(seed, articles.resolve('nocturnal-leg-cramps.yaml'))
// What a hostile pull request could link to: a file outside the articles, here a stand-in.
def outside = Files.createDirectories(new File(basedir, 'outside').toPath())
def secret = Files.writeString(outside.resolve('credentials.yaml'), 'id: stand-in-secret-7f3a\ntitle: Stand-in secret 7f3a\n')
Files.createSymbolicLink(articles.resolve('linked.yaml'), secret)
Files.createSymbolicLink(articles.resolve('gone.yaml'), articles.resolve('deleted.yaml'))
return true
