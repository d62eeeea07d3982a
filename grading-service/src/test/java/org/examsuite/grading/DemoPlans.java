package org.examsuite.grading;

import java.util.List;
import java.util.Map;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

/**
 * Plans written for the demo pack's five essay questions, the way students write them: for each
 * question a strong plan (a weighed thesis, points with evidence and explanation, a developed and
 * answered counter-argument, a weighed conclusion) and a list-like plan (factors named with a little
 * evidence, no explanation, no weighing); one well-written plan on another question altogether (the
 * unification of Germany), off-topic for all five; and any strong plan with its counter-argument
 * left empty.
 */
public final class DemoPlans {

    private DemoPlans() {
    }

    public static EssayPlan strong(String questionKey) {
        return STRONG.get(questionKey);
    }

    public static EssayPlan listLike(String questionKey) {
        return LIST_LIKE.get(questionKey);
    }

    public static EssayPlan withoutCounterArgument(String questionKey) {
        EssayPlan plan = strong(questionKey);
        return new EssayPlan(plan.thesis(), plan.points(), "", plan.conclusion());
    }

    /** A strong plan for "How important was Bismarck in the unification of Germany?": off-topic for every demo question. */
    public static final EssayPlan OFF_TOPIC = new EssayPlan(
            "Bismarck's diplomacy was more important than Prussian economic strength in unifying Germany, because he chose "
                    + "the moment for each war; to a large extent unification was his achievement.",
            List.of(
                    new PlanPoint("Bismarck isolated each enemy before fighting it.",
                            "In 1864 he fought Denmark alongside Austria, and before the Austro-Prussian War of 1866 he "
                                    + "secured the neutrality of Napoleon III at Biarritz.",
                            "This meant that Prussia never fought a coalition, so each war stayed short and winnable."),
                    new PlanPoint("Prussian economic strength gave the means.",
                            "The Zollverein, founded in 1834, tied the German states to Prussia, and railways let Moltke "
                                    + "move troops quickly.",
                            "This enabled the victories, but it explains why Prussia could win rather than why the wars "
                                    + "happened when they did."),
                    new PlanPoint("The Ems Telegram provoked France into war.",
                            "Bismarck edited the Ems Telegram in July 1870, and France declared war; the southern states "
                                    + "joined Prussia and the Empire was proclaimed at Versailles in January 1871.",
                            "This shows his skill, because nationalism in the south was combined with fear of France to "
                                    + "complete unification.")),
            "Some historians argue that Bismarck only exploited forces he did not create. The Zollverein and the "
                    + "nationalism of 1848 had already made Prussian leadership likely. However, these forces did not "
                    + "make war with Austria or France inevitable.",
            "Overall, economic strength was a necessary condition, but Bismarck's diplomacy was the decisive factor, "
                    + "because it turned Prussian power into a united Germany in only seven years.");

    private static final Map<String, EssayPlan> STRONG = Map.of(
            DemoPack.MACHINATIONS, new EssayPlan(
                    "Stalin's emergence as leader was due to a large extent to his own machinations, above all his use of "
                            + "the party apparatus as General Secretary, but his rivals' mistakes and the ban on factions "
                            + "made those machinations far more effective than they could otherwise have been.",
                    List.of(
                            new PlanPoint("Control of the party apparatus gave Stalin the votes he needed.",
                                    "Appointed General Secretary in 1922, he ran the Secretariat and Orgburo and controlled "
                                            + "appointments through the nomenklatura lists; the party secretaries he placed "
                                            + "chose the delegates to Party Congresses.",
                                    "This was his own doing and it was decisive because the delegates owed their careers "
                                            + "to him, so they voted for his line at every congress; it also built on the "
                                            + "Lenin Enrolment, which in turn gave him a loyal mass membership."),
                            new PlanPoint("Shifting alliances let him defeat the Left and then the Right one at a time.",
                                    "In 1923-25 he joined Zinoviev and Kamenev in the triumvirate against Trotsky; in "
                                            + "1925-27 he allied with Bukharin, Rykov and Tomsky against the United "
                                            + "Opposition; in 1928-29 he turned on the Right with the Great Turn.",
                                    "This manoeuvring shows calculated machination, because each alliance isolated one "
                                            + "rival at a time and meant that his enemies never combined against him until "
                                            + "it was too late."),
                            new PlanPoint("He claimed Lenin's legacy and neutralised Lenin's Testament.",
                                    "Lenin's Testament called him too rude, but in May 1924 it was read only to delegation "
                                            + "leaders at the Thirteenth Party Congress and never published; he acted as "
                                            + "chief mourner at Lenin's funeral and wrote Foundations of Leninism (1924).",
                                    "This allowed him to present himself as Lenin's loyal heir, which mattered in a party "
                                            + "that revered Lenin; yet it depended on Zinoviev and Kamenev choosing to "
                                            + "protect him."),
                            new PlanPoint("Socialism in One Country gave him a popular ideological position.",
                                    "From late 1924 he argued for Socialism in One Country against Trotsky's permanent "
                                            + "revolution, and his flexible stance on the NEP let him side with the Right "
                                            + "and later the Left.",
                                    "The idea appealed to a party weary of waiting for world revolution, so it helped him "
                                            + "portray Trotsky as un-Leninist and gave his manoeuvres a respectable cover."),
                            new PlanPoint("His rivals' mistakes and the ban on factions were necessary conditions.",
                                    "Trotsky, a former Menshevik feared as a Bonaparte because of the Red Army, missed "
                                            + "Lenin's funeral and alienated allies with Lessons of October (1924); rivals "
                                            + "dismissed Stalin as a 'grey blur' (Sukhanov); the ban on factions of 1921 let "
                                            + "Stalin condemn the United Opposition for factionalism, and Trotsky was "
                                            + "expelled in 1927 and deported in 1929.",
                                    "These factors combined with his machinations: without the ban on factions his "
                                            + "opponents could have organised openly, so the nature of the party made his "
                                            + "control of the majority decisive.")),
                    "Stalin's rise owed much to luck and to his rivals' errors rather than to his own cunning. Trotsky "
                            + "failed to use Lenin's Testament in 1924, and Zinoviev, Kamenev and Bukharin each "
                            + "underestimated him as 'Comrade Card-Index', uniting in the United Opposition only in 1926 "
                            + "when he already controlled the party. However, these errors only mattered because Stalin "
                            + "was placed to exploit them.",
                    "Overall, Stalin's own machinations were more important than his rivals' mistakes, because his control "
                            + "of the apparatus turned their errors into defeats; however, the ban on factions and his "
                            + "rivals' underestimation of him were necessary conditions, so ultimately his success was "
                            + "largely, though not entirely, of his own making."),

            DemoPack.MANOEUVRING, new EssayPlan(
                    "Political manoeuvring was the most important of the three factors in Stalin's rise to power between "
                            + "1924 and 1929; propaganda reinforced it, and violence was largely used to secure power after "
                            + "he had won it rather than to win it.",
                    List.of(
                            new PlanPoint("Manoeuvring inside the party machine won him the majority.",
                                    "As General Secretary from 1922 he controlled appointments through the Secretariat "
                                            + "and the nomenklatura, the Lenin Enrolment of 1924 brought in members who owed "
                                            + "their careers to the apparatus, and he survived Lenin's Testament, which "
                                            + "called him too rude.",
                                    "This was decisive because it meant that whoever won the arguments in the Politburo, "
                                            + "Stalin won the votes at Party Congresses, and it made his later alliances "
                                            + "possible."),
                            new PlanPoint("Shifting alliances isolated each rival in turn.",
                                    "He used the triumvirate with Zinoviev and Kamenev against Trotsky, then allied with "
                                            + "Bukharin against the United Opposition, defeated in 1927, and turned on the "
                                            + "Right Opposition over the grain crisis of 1928 with the Great Turn in 1929.",
                                    "Manoeuvring worked because it allowed him to adopt whichever policy isolated his "
                                            + "current opponent, so Socialism in One Country and then rapid "
                                            + "industrialisation served his position as much as his beliefs."),
                            new PlanPoint("Propaganda presented him as Lenin's heir in the 1920s.",
                                    "He was chief mourner at Lenin's funeral in 1924, promoted the Lenin cult, renamed "
                                            + "Petrograd as Leningrad and wrote Foundations of Leninism, while Pravda "
                                            + "attacked Trotskyism.",
                                    "This helped him to claim legitimacy, so it reinforced his manoeuvring, but the full "
                                            + "cult of personality only began with his fiftieth birthday in 1929, which "
                                            + "shows that most propaganda followed his victory rather than causing it."),
                            new PlanPoint("Violence in the 1920s was limited.",
                                    "The OGPU under Menzhinsky kept the opposition under surveillance; Trotsky was "
                                            + "expelled in 1927, exiled to Alma-Ata in 1928 and deported in 1929.",
                                    "This shows that coercion played a supporting role, because it removed defeated "
                                            + "rivals rather than defeating them, so violence was less important than "
                                            + "manoeuvring in winning power."),
                            new PlanPoint("Violence in the 1930s secured his power.",
                                    "After the murder of Kirov in 1934 the NKVD under Yezhov staged the show trials of "
                                            + "1936-38, and Trotsky was killed by Mercader in 1940.",
                                    "This consolidated his dictatorship by eliminating any alternative leader, so it "
                                            + "explains why he kept power rather than how he gained it.")),
                    "Some historians argue that his rivals' weaknesses mattered more than anything Stalin did. Trotsky's "
                            + "arrogance, his Menshevik past and his absence from Lenin's funeral made him easy to isolate, "
                            + "and the others underestimated Stalin as a 'grey blur'. However, their mistakes only proved "
                            + "fatal because Stalin's manoeuvring was ready to exploit them.",
                    "On balance, manoeuvring was the most important factor, because it won him control of the party by "
                            + "1929; propaganda was a secondary factor that reinforced it, and violence was more significant "
                            + "in securing his dictatorship in the 1930s than in his rise."),

            DemoPack.COLLECTIVISATION, new EssayPlan(
                    "Stalin collectivised agriculture mainly to secure grain for industrialisation and to break the "
                            + "independent peasantry; the impact on Soviet society was catastrophic for the peasants, "
                            + "although the regime gained the control and the resources it wanted.",
                    List.of(
                            new PlanPoint("The grain procurement crisis was the immediate motive.",
                                    "In 1927-28 procurements fell short because procurement prices were low and peasants "
                                            + "held back grain in a 'grain strike' during the war scare of 1927; Stalin "
                                            + "answered with requisitioning by the Urals-Siberian method in 1928.",
                                    "This mattered because it convinced Stalin that the NEP market could not feed the "
                                            + "towns, so it led him to force the peasants into collective farms that the "
                                            + "state could control."),
                            new PlanPoint("Collectivisation was meant to fund industrialisation.",
                                    "The first Five-Year Plan (1928) needed grain exports to pay for imported machinery "
                                            + "and for a growing urban workforce in the towns.",
                                    "Collectivisation therefore served the Five-Year Plan, because collective farms made "
                                            + "it easier to extract grain, which linked agricultural policy to industrial "
                                            + "goals."),
                            new PlanPoint("Ideology and political control also drove the policy.",
                                    "Stalin announced the liquidation of the kulaks as a class in December 1929 as part of "
                                            + "the Great Turn, defeating Bukharin, Rykov and Tomsky of the Right Opposition, "
                                            + "who wanted to keep the NEP.",
                                    "This shows that collectivisation was also a political weapon, since destroying the "
                                            + "kulaks as a class enemy gave the party control of the countryside and in "
                                            + "turn reinforced Stalin's victory over the Right."),
                            new PlanPoint("Dekulakisation and resistance devastated rural society.",
                                    "About 1.8 million people were deported to special settlements in Siberia and "
                                            + "Kazakhstan by the OGPU; peasants slaughtered their livestock and the number "
                                            + "of cattle fell by almost half, until Stalin's article 'Dizzy with Success' in "
                                            + "March 1930 briefly slowed the drive.",
                                    "This led to a collapse in farm output, so the peasantry paid the price of the "
                                            + "regime's haste, and the losses of livestock took years to recover."),
                            new PlanPoint("The famine of 1932-33 and life on the kolkhoz were the human cost.",
                                    "Millions died in the famine of 1932-33, above all in Ukraine (the Holodomor) and "
                                            + "Kazakhstan, while grain exports continued; by 1937 about 93% of households "
                                            + "were in a kolkhoz, paid in labour days and tied to it by internal passports "
                                            + "from 1932.",
                                    "This shows that the impact was catastrophic for individuals, because the state took "
                                            + "grain before the peasants were fed, which meant that collectivisation worked "
                                            + "for the regime but not for the people.")),
                    "It can be argued that the regime gained a great deal. State procurements roughly doubled, grain "
                            + "exports paid for machinery, and urbanisation rose from 18% in 1926 to 33% in 1939 as millions "
                            + "left the villages. However, these gains were bought with famine and a fall in output that a "
                            + "less brutal policy might have avoided.",
                    "Overall, the need for grain to fund industrialisation was the main reason for collectivisation, "
                            + "reinforced by ideology and the struggle with the Right; its impact on Soviet society was "
                            + "devastating for the peasantry, even though it gave the regime control of the countryside."),

            DemoPack.GREAT_PURGE, new EssayPlan(
                    "The Great Purge was largely unnecessary as a measure against opposition within the party, because "
                            + "organised opposition had been defeated by 1929; Stalin's paranoia and his wish for total "
                            + "personal control were more important than any real threat, although there was some genuine "
                            + "discontent in the early 1930s.",
                    List.of(
                            new PlanPoint("Organised opposition had already been crushed.",
                                    "The United Opposition was defeated in 1927 and the Right Opposition in 1929; Trotsky "
                                            + "was in exile, and Zinoviev, Kamenev and Bukharin had recanted and "
                                            + "capitulated more than once.",
                                    "This suggests the Terror was not needed to remove a real threat, because the former "
                                            + "leaders had no organisation and no following left in the party."),
                            new PlanPoint("There was some real discontent in the early 1930s.",
                                    "The Syrtsov-Lominadze affair (1930), the Ryutin Platform (1932), which called Stalin "
                                            + "the 'evil genius' of the revolution, and reports of votes against him at the "
                                            + "Seventeenth Party Congress (the Congress of Victors, 1934).",
                                    "This shows why Stalin may have felt threatened, so it gives some support to the view "
                                            + "that he acted against opposition, but the critics were isolated individuals "
                                            + "rather than an organised movement."),
                            new PlanPoint("Kirov's murder gave him a pretext.",
                                    "Kirov, the Leningrad party leader, was shot by Nikolaev on 1 December 1934; a decree "
                                            + "that day allowed swift trials, and Zinoviev and Kamenev were blamed.",
                                    "This allowed Stalin to present the purge as a response to a real conspiracy, which "
                                            + "in turn made the later show trials possible."),
                            new PlanPoint("The show trials and the destruction of the party's cadres went beyond any threat.",
                                    "At the show trials of 1936-38, prosecuted by Vyshinsky, Zinoviev, Kamenev, Pyatakov, "
                                            + "Radek and Bukharin made forced confessions; 98 of the 139 Central Committee "
                                            + "members elected in 1934 were shot, according to Khrushchev's Secret Speech "
                                            + "of 1956.",
                                    "This shows that the purge destroyed the Old Bolsheviks and the loyal Congress of "
                                            + "Victors alike, so it was not aimed only at opponents but at anyone who might "
                                            + "become one."),
                            new PlanPoint("The mass operations and the army purge reached far beyond the party.",
                                    "NKVD Order 00447 of July 1937 set quotas for arrests and executions judged by "
                                            + "troikas; about 680,000 people were shot in 1937-38, and Marshal Tukhachevsky "
                                            + "and thousands of Red Army officers were purged in 1937.",
                                    "This matters because most victims were not party members at all, which shows that the "
                                            + "Terror aimed to remove any possible fifth column before a war, so it cannot "
                                            + "be explained only as a measure against opposition inside the party.")),
                    "Some historians, such as J. Arch Getty, argue that the Terror grew out of real tensions between the "
                            + "centre and local officials and was not planned by Stalin. Stalin also faced a real danger of "
                            + "war with Germany and Japan, so removing a possible fifth column might have seemed necessary. "
                            + "However, archival work by Khlevniuk shows that Stalin signed execution lists himself, which "
                            + "supports Conquest's view that he directed it.",
                    "In conclusion, the Great Purge was to a limited extent a response to real opposition, but on balance it "
                            + "was unnecessary for that purpose: opposition had already been defeated, and the Terror's "
                            + "scale shows that Stalin's paranoia and his wish to rule through a new, dependent elite "
                            + "outweighed any genuine threat."),

            DemoPack.CONSEQUENCES, new EssayPlan(
                    "For most people in the USSR the consequences of Stalin's regime were overwhelmingly negative, since "
                            + "terror, famine and falling living standards outweighed the gains; a minority gained new "
                            + "opportunities and the economy grew rapidly, so the balance differed between groups.",
                    List.of(
                            new PlanPoint("Individuals lived in fear of terror and the Gulag.",
                                    "The NKVD shot about 680,000 people in 1937-38, camps such as Kolyma held over a "
                                            + "million prisoners, and families of an 'enemy of the people' were persecuted, "
                                            + "encouraged by informers and denunciation.",
                                    "This meant that few families were untouched, so fear and conformity shaped private "
                                            + "life, which is the most damaging consequence for individuals."),
                            new PlanPoint("Peasants suffered most from collectivisation.",
                                    "Dekulakisation deported the kulaks; the famine of 1932-33 (the Holodomor in Ukraine) "
                                            + "killed millions, and internal passports from 1932 tied peasants to the "
                                            + "kolkhoz.",
                                    "This shows that the peasantry paid for industrialisation, because the state took "
                                            + "grain before the villages were fed, leaving rural society impoverished."),
                            new PlanPoint("Workers faced hardship but some gained opportunities.",
                                    "Real wages fell sharply in the early 1930s and families lived in communal "
                                            + "apartments; rationing ended in 1935; labour books (1938) and a law of 1940 "
                                            + "punished absenteeism. Alexei Stakhanov's 102 tonnes of coal in August 1935 "
                                            + "led to bonuses, and the promotion of vydvizhentsy created a new elite.",
                                    "This shows that living standards fell for most, but upward mobility helped a "
                                            + "minority, so the consequences for society were mixed, which in turn helped "
                                            + "the regime keep support among the young and ambitious."),
                            new PlanPoint("Women, the family and culture were reshaped.",
                                    "Millions of women entered paid work but carried a double burden; the 1936 Family Law "
                                            + "banned abortion and made divorce harder; socialist realism was imposed from "
                                            + "1934, Shostakovich was condemned in Pravda, and most churches were closed.",
                                    "This led to a society in which private life and belief were controlled by the state, "
                                            + "because the regime wanted stable families and a loyal culture to serve its "
                                            + "economic goals."),
                            new PlanPoint("The economy grew rapidly but at a cost.",
                                    "Under the Five-Year Plans set by Gosplan, coal output rose from 35.4 million tonnes in "
                                            + "1928 to 128 million in 1937 and steel to 17.7 million tonnes; Magnitogorsk and "
                                            + "the Moscow Metro were built, but consumer goods and quality were neglected "
                                            + "and the White Sea Canal was built with forced labour.",
                                    "This was significant because industrial growth prepared the USSR for war, the main "
                                            + "gain of the regime, but it was achieved by squeezing consumers, so the people "
                                            + "bore its cost.")),
                    "On the other hand, some historians stress the gains. Literacy rose sharply, schools and the Komsomol "
                            + "offered new paths for the young, and the industry built east of the Urals helped the USSR "
                            + "survive the German invasion of 1941. However, these gains came at a cost in lives that "
                            + "outweighed them for most people.",
                    "Overall, the consequences of Stalin's regime were more damaging than beneficial for the people of the "
                            + "USSR: terror and famine affected individuals and the peasantry most, while industrial growth "
                            + "benefited the state more than the people, even if a minority gained real opportunities."));

    private static final Map<String, EssayPlan> LIST_LIKE = Map.of(
            DemoPack.MACHINATIONS, new EssayPlan(
                    "There were many reasons why Stalin became leader of the USSR.",
                    List.of(
                            new PlanPoint("Stalin was General Secretary.",
                                    "He became General Secretary in 1922 and controlled appointments.", ""),
                            new PlanPoint("Stalin made alliances.",
                                    "He was in the triumvirate with Zinoviev and Kamenev.",
                                    "Then he was allied with Bukharin."),
                            new PlanPoint("Trotsky made mistakes.", "Trotsky missed Lenin's funeral.", ""),
                            new PlanPoint("Socialism in One Country.", "Stalin's idea against permanent revolution.", "")),
                    "Some people say it was luck.",
                    "These were the reasons Stalin became leader of the USSR."),

            DemoPack.MANOEUVRING, new EssayPlan(
                    "Stalin used manoeuvring, propaganda and violence to rise to power.",
                    List.of(
                            new PlanPoint("Manoeuvring.",
                                    "He was General Secretary and made alliances with Zinoviev and Kamenev.", ""),
                            new PlanPoint("Propaganda.", "He went to Lenin's funeral and used Pravda.", ""),
                            new PlanPoint("Violence.", "The OGPU exiled Trotsky and the NKVD ran show trials.",
                                    "This was violence.")),
                    "Some say his rivals were weak.",
                    "Stalin used all three of these to rise to power."),

            DemoPack.COLLECTIVISATION, new EssayPlan(
                    "Stalin collectivised agriculture for several reasons and it had a big impact.",
                    List.of(
                            new PlanPoint("Grain.", "There was a grain procurement crisis in 1928.", ""),
                            new PlanPoint("Kulaks.", "Stalin wanted to get rid of the kulaks.",
                                    "The kulaks were richer peasants."),
                            new PlanPoint("Famine.", "There was a famine in Ukraine in 1932.", ""),
                            new PlanPoint("Kolkhoz.", "Peasants had to join a kolkhoz.", "")),
                    "Some people think collectivisation was a success.",
                    "Collectivisation happened for these reasons and changed Soviet society."),

            DemoPack.GREAT_PURGE, new EssayPlan(
                    "Stalin carried out the Great Purge in the 1930s.",
                    List.of(
                            new PlanPoint("Kirov was murdered.", "Kirov was shot in 1934.", ""),
                            new PlanPoint("Show trials.", "There were show trials of Zinoviev, Kamenev and Bukharin.",
                                    "They confessed."),
                            new PlanPoint("The army was purged.", "Tukhachevsky was shot.", ""),
                            new PlanPoint("Many ordinary people were arrested.",
                                    "The NKVD arrested many people and sent them to the Gulag.", "")),
                    "It might have been necessary.",
                    "The Great Purge killed many people in the party and outside it."),

            DemoPack.CONSEQUENCES, new EssayPlan(
                    "Stalin's regime had many consequences for the people of the USSR.",
                    List.of(
                            new PlanPoint("Terror.", "Many people were sent to the Gulag by the NKVD.", ""),
                            new PlanPoint("Collectivisation.", "There was a famine and peasants joined the kolkhoz.", ""),
                            new PlanPoint("Industry.", "The Five-Year Plans produced more coal and steel.",
                                    "Industry grew a lot."),
                            new PlanPoint("Women.", "Women worked in factories.", "")),
                    "Some things got better.",
                    "Stalin's regime affected individuals, society and the economy."));
}
