// An article and a link left behind by a deleted one, made here as Git would make the link.
import java.nio.file.Files

def articles = Files.createDirectories(new File(basedir, 'articles').toPath())
def root = new File(basedir, '../../../..').canonicalFile
Files.copy(new File(root, 'examples/conditions/nocturnal-leg-cramps.yaml').toPath(), articles.resolve('nocturnal-leg-cramps.yaml'))
Files.createSymbolicLink(articles.resolve('retired.yaml'), articles.resolve('retired-article.yaml'))
return true
