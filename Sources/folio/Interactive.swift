import FolioModel
import FolioReader

enum Interactive {
    static func run(corpus: Corpus, filter: PostFilter, order: PostOrder, reversed: Bool, color: Bool) throws {
        Output.write(PlainOutput.list(order.sorted(filter.apply(corpus.posts), reversed: reversed)))
    }
}
